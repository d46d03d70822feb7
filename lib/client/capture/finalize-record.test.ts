import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { isContentHashValid } from "@/lib/domain/records/content-hash";
import { buildVerificationPayload, FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import { attachmentUsesOf, FieldRecordSchema } from "@/lib/domain/records/field-record";
import { type FieldDatabase, openFieldDatabase } from "../db/field-database";
import { createDraft, createRevision, saveDraft } from "../db/local-records";
import { finalizeRecord } from "./finalize-record";

let db: FieldDatabase;
let name = 0;

beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`finalize-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A complete verification draft whose signatures and photos are stored on the "device". */
async function completeDraft() {
  const payload = buildVerificationPayload();
  for (const use of attachmentUsesOf({ type: "xac_minh", payload })) {
    await db.attachments.put({ sha256: use.sha256, mime: "image/png", size: 3, kind: use.kind, ownerId: FIXTURE_AUTHOR_ID, createdAt: "2026-07-20T03:00:00.000Z" });
  }
  const draft = await createDraft(db, { authorId: FIXTURE_AUTHOR_ID, caseId: FIXTURE_CASE_ID, type: "xac_minh", payload, deviceId: "device-test-0001" });
  await saveDraft(db, draft.id, { location: { lat: 20.94, lng: 106.33, accuracy: 8 } });
  const saved = await db.records.get(draft.id);
  if (!saved) throw new Error("draft not saved");
  return saved;
}

test("finalizing freezes the record, hashes it and queues it in the outbox", async () => {
  const draft = await completeDraft();
  const outcome = await finalizeRecord(db, draft, new Date("2026-07-20T04:00:00Z"));
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(await isContentHashValid(outcome.record)).toBe(true);
  const stored = await db.records.get(draft.id);
  expect(stored?.state).toBe("final");
  expect(stored?.contentHash).toBe(outcome.record.contentHash);
  expect(stored?.attachments.map((a) => a.kind).sort()).toEqual(["photo", "signature", "signature", "signature", "signature"]);
  const outbox = await db.outbox.toArray();
  expect(outbox).toHaveLength(1);
  expect(outbox[0]).toMatchObject({ recordId: draft.id, authorId: FIXTURE_AUTHOR_ID, state: "pending" });
});

test("a finalized record can no longer be changed or finalized again", async () => {
  const draft = await completeDraft();
  await finalizeRecord(db, draft);
  expect(await saveDraft(db, draft.id, { payload: { notes: "late keystroke" } })).toBe(false);
  expect((await db.records.get(draft.id))?.payload).toEqual(draft.payload);
  expect(await finalizeRecord(db, draft)).toEqual({ ok: false, reason: "frozen" });
  expect(await db.outbox.count()).toBe(1);
});

test("an incomplete draft is refused with messages on its fields, and nothing is queued", async () => {
  const draft = await createDraft(db, { authorId: FIXTURE_AUTHOR_ID, caseId: FIXTURE_CASE_ID, type: "xac_minh", payload: { informants: [], assets: [] }, deviceId: "device-test-0001" });
  const outcome = await finalizeRecord(db, draft);
  expect(outcome.ok).toBe(false);
  if (outcome.ok || outcome.reason !== "invalid") return;
  const paths = outcome.issues.map((issue) => issue.path);
  expect(paths).toContain("locationNote"); // no GPS fix and no reason
  expect(paths).toContain("payload.startedAt");
  expect(paths).toContain("payload.participants");
  expect(outcome.issues.every((issue) => issue.message.length > 0)).toBe(true);
  expect((await db.records.get(draft.id))?.state).toBe("draft");
  expect(await db.outbox.count()).toBe(0);
});

test("a record whose signature image is missing on the device is not finalized", async () => {
  const draft = await completeDraft();
  await db.attachments.clear();
  const outcome = await finalizeRecord(db, draft);
  expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
  expect(await db.outbox.count()).toBe(0);
});

test("a revision copies the frozen record, points at it and leaves it unchanged", async () => {
  const draft = await completeDraft();
  const outcome = await finalizeRecord(db, draft);
  const original = await db.records.get(draft.id);
  if (!outcome.ok || !original) throw new Error("finalize failed");
  const revision = await createRevision(db, original, "device-test-0002");
  expect(revision).toMatchObject({ state: "draft", revisionOf: original.id, caseId: original.caseId, payload: original.payload });
  expect(revision.id).not.toBe(original.id);
  await saveDraft(db, revision.id, { payload: { ...revision.payload, notes: "đính chính" } });
  expect((await db.records.get(original.id))?.contentHash).toBe(outcome.record.contentHash);
});

test("what finalize seals is exactly what the shared schema accepts", async () => {
  const draft = await completeDraft();
  const outcome = await finalizeRecord(db, draft);
  if (!outcome.ok) throw new Error("finalize failed");
  const reparsed = FieldRecordSchema.safeParse(outcome.record);
  expect(reparsed.success).toBe(true);
  expect(reparsed.data).toEqual(outcome.record);
});

test("a poor GPS fix without a reason is refused; with a reason it is sealed", async () => {
  const draft = await completeDraft();
  await saveDraft(db, draft.id, { location: { lat: 20.94, lng: 106.33, accuracy: 250 } });
  const poor = await db.records.get(draft.id);
  if (!poor) throw new Error("missing");
  expect(await finalizeRecord(db, poor)).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "locationNote" }] });
  const outcome = await finalizeRecord(db, { ...poor, locationNote: "Trong nhà, tín hiệu yếu" });
  expect(outcome.ok).toBe(true);
});
