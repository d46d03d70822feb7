import { expect, test } from "vitest";
import { RecordTypeSchema } from "./envelope";
import { attachmentUsesOf, FieldRecordSchema, payloadSchemaFor } from "./field-record";
import {
  buildFieldRecord,
  buildServicePayload,
  buildValuationPayload,
  buildVerificationPayload,
  fixtureSha256,
  issuePaths,
} from "./fixtures";

const verification = buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() });
const service = buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("niem_yet") });
const valuation = buildFieldRecord({ type: "dinh_gia", payload: buildValuationPayload("hoi_dong") });

test("accepts a record of each type", () => {
  for (const record of [verification, service, valuation]) {
    expect(FieldRecordSchema.safeParse(record).success, record.type).toBe(true);
  }
});

test("a draft may have no content hash; a final record must have one", () => {
  expect(FieldRecordSchema.safeParse({ ...verification, state: "draft", contentHash: null }).success).toBe(true);
  const result = FieldRecordSchema.safeParse({ ...verification, state: "final", contentHash: null });
  expect(issuePaths(result)).toEqual(["contentHash"]);
  expect(FieldRecordSchema.safeParse({ ...verification, state: "final", contentHash: fixtureSha256(99) }).success).toBe(true);
});

test("the payload must match the record type", () => {
  expect(FieldRecordSchema.safeParse({ ...verification, payload: service.payload }).success).toBe(false);
  expect(FieldRecordSchema.safeParse({ ...service, type: "dinh_gia" }).success).toBe(false);
  expect(FieldRecordSchema.safeParse({ ...verification, type: "ke_bien" }).success).toBe(false);
});

test("payload errors are reported under payload", () => {
  const payload = { ...buildVerificationPayload(), endedAt: "2026-07-20T07:00:00+07:00" };
  const result = FieldRecordSchema.safeParse(buildFieldRecord({ type: "xac_minh", payload }));
  expect(issuePaths(result)).toEqual(["payload.endedAt"]);
});

test("every referenced signature and photo must be among the record's attachments", () => {
  const withoutSignatures = { ...verification, attachments: verification.attachments.filter((a) => a.kind === "photo") };
  const paths = issuePaths(FieldRecordSchema.safeParse(withoutSignatures));
  expect(paths).toContain("payload.participants.0.signOff.attachmentSha256");
  expect(paths.every((path) => path.endsWith("signOff.attachmentSha256"))).toBe(true);
  const withoutPhotos = { ...service, attachments: service.attachments.filter((a) => a.kind !== "photo") };
  expect(issuePaths(FieldRecordSchema.safeParse(withoutPhotos))).toEqual(["payload.posting.photoSha256s.0"]);
});

test("lists the attachments a record refers to", () => {
  const uses = attachmentUsesOf(verification);
  expect(uses.map((use) => use.kind).sort()).toEqual(["photo", "signature", "signature", "signature", "signature"]);
  expect(uses.find((use) => use.kind === "photo")?.path).toEqual(["payload", "assets", 0, "photoSha256s", 0]);
});

test("rejects unknown fields on the envelope and on the payload", () => {
  expect(FieldRecordSchema.safeParse({ ...valuation, synced: true }).success).toBe(false);
  expect(FieldRecordSchema.safeParse({ ...valuation, payload: { ...valuation.payload, auctionDate: "2026-09-01" } }).success).toBe(false);
});

test("has a payload schema for every record type", () => {
  for (const type of RecordTypeSchema.options) expect(payloadSchemaFor(type)).toBeDefined();
  expect(payloadSchemaFor("thong_bao").safeParse(service.payload).success).toBe(true);
});

test("a missing or poor GPS fix needs the officer's reason", () => {
  const noFix = { ...verification, location: null };
  expect(issuePaths(FieldRecordSchema.safeParse(noFix))).toEqual(["locationNote"]);
  expect(FieldRecordSchema.safeParse({ ...noFix, locationNote: "Trong nhà, không bắt được tín hiệu" }).success).toBe(true);
  const poorFix = { ...verification, location: { lat: 20.99, lng: 106.39, accuracy: 150 } };
  expect(issuePaths(FieldRecordSchema.safeParse(poorFix))).toEqual(["locationNote"]);
  const borderline = { ...verification, location: { lat: 20.99, lng: 106.39, accuracy: 100 } };
  expect(FieldRecordSchema.safeParse(borderline).success).toBe(true);
});
