import { expect, test } from "vitest";
import { buildFieldRecord, buildVerificationPayload } from "@/lib/domain/records/fixtures";
import { recordPartsOf } from "./record-parts";

function rawOf(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value));
}

test("a record that parses gives every part, photos captioned by where they are used", () => {
  const record = buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() });
  const parts = recordPartsOf(rawOf(record));
  expect(parts.record?.id).toBe(record.id);
  expect(parts.location).toEqual(record.location);
  expect(parts.participants.map((p) => p.fullName)).toEqual(record.payload.participants.map((p) => p.fullName));
  const photos = record.attachments.filter((a) => a.kind === "photo");
  expect(photos.length).toBeGreaterThan(0);
  expect(parts.photos).toHaveLength(photos.length);
  expect(parts.photos[0]?.caption).toMatch(/^Tài sản 1 › /);
});

test("a tampered record that no longer parses still shows its place, people and images", () => {
  const record = rawOf(buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() }));
  const tampered = { ...record, type: "not_a_type", contentHash: 42 };
  const parts = recordPartsOf(tampered);
  expect(parts.record).toBeNull();
  expect(parts.location).toEqual(record.location);
  expect(parts.participants.length).toBeGreaterThan(0);
  expect(parts.photos[0]?.caption).toBe("Ảnh 1");
});

test("garbage gives empty parts instead of throwing", () => {
  expect(recordPartsOf({ location: "x", attachments: 3, payload: null })).toEqual({ record: null, location: null, locationNote: null, participants: [], photos: [] });
});
