import "fake-indexeddb/auto";
import { Dexie } from "dexie";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import { type FieldDatabase, type LocalRecord, openFieldDatabase, type RecordReview } from "./field-database";
import { createRevision } from "./local-records";
import { findNewerVersion, findRevisedRecord, listReturnedRecords } from "./record-reviews";

const OTHER_OFFICER = "0b000000-0000-4000-8000-00000000000b";
const OTHER_CASE = "3f1c2a4e-8b7d-4c1a-9e2f-000000000002";
const REASON = { category: "anh_khong_ro", text: "Ảnh tài sản bị mờ, chụp lại" } as const;

let db: FieldDatabase;
let name = 0;
let seq = 0;
beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`reviews-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function returned(decidedAt: string): RecordReview {
  return { state: "returned", decidedAt, reason: REASON, supersededBy: null };
}

/** A finalized, sent record as the pull leaves it (written directly: the test sets up the device's state). */
function finalRecord(overrides: Partial<LocalRecord> = {}): LocalRecord {
  seq += 1;
  const id = `01980c2a-5b3d-7e4f-8a1b-${String(seq).padStart(12, "0")}`;
  return {
    id,
    authorId: FIXTURE_AUTHOR_ID,
    caseId: FIXTURE_CASE_ID,
    type: "xac_minh",
    state: "final",
    payload: { notes: `record ${seq}` },
    location: null,
    locationNote: null,
    attachments: [],
    revisionOf: null,
    contentHash: "a".repeat(64),
    deviceId: "device-test-0001",
    createdAt: `2026-11-${String(10 + seq).padStart(2, "0")}T02:00:00.000Z`,
    updatedAt: "2026-11-29T02:00:00.000Z",
    capturedAt: "2026-11-29T02:00:00.000Z",
    sync: { state: "synced", serverSeq: seq, receivedAt: "2026-11-29T02:00:00.000Z" },
    ...overrides,
  };
}

function heldCase(id: string, decisionNumber: string, heldBy: string) {
  // Only the fields the list reads; the rest of a CaseDetail is irrelevant here.
  const detail = { case: { id, decisionNumber } } as unknown as CaseDetail;
  return { id, heldBy, detail, searchText: decisionNumber, pulledAt: "2026-11-29T02:00:00.000Z" };
}

test("the returned records without a revision on the device, latest decision first, with their case's number", async () => {
  const older = finalRecord({ review: returned("2026-12-01T03:00:00.000Z") });
  const newer = finalRecord({ caseId: OTHER_CASE, review: returned("2026-12-03T03:00:00.000Z") });
  const unheld = finalRecord({ caseId: "3f1c2a4e-8b7d-4c1a-9e2f-000000000003", review: returned("2026-12-02T03:00:00.000Z") });
  await db.records.bulkAdd([
    older,
    newer,
    unheld,
    finalRecord({ review: { state: "approved", decidedAt: "2026-12-01T03:00:00.000Z", reason: null, supersededBy: null } }),
    finalRecord({ review: { state: "submitted", decidedAt: null, reason: null, supersededBy: null } }),
    finalRecord(), // sent, no pull yet
    finalRecord({ authorId: OTHER_OFFICER, review: returned("2026-12-04T03:00:00.000Z") }), // a colleague's, on a shared phone
  ]);
  await db.cases.bulkAdd([heldCase(FIXTURE_CASE_ID, "123/QĐ-CCTHADS", FIXTURE_AUTHOR_ID), heldCase(OTHER_CASE, "77/QĐ-CCTHADS", FIXTURE_AUTHOR_ID)]);

  const list = await listReturnedRecords(db, FIXTURE_AUTHOR_ID);
  expect(list.map((item) => item.record.id)).toEqual([newer.id, unheld.id, older.id]);
  expect(list.map((item) => item.decisionNumber)).toEqual(["77/QĐ-CCTHADS", null, "123/QĐ-CCTHADS"]);
  expect(list[0]?.record.review?.reason).toEqual(REASON);
});

test("a returned record leaves the list once the officer starts its revision, even as a draft", async () => {
  const original = finalRecord({ review: returned("2026-12-01T03:00:00.000Z") });
  await db.records.add(original);
  expect(await listReturnedRecords(db, FIXTURE_AUTHOR_ID)).toHaveLength(1);
  const revision = await createRevision(db, original, "device-test-0001");
  expect(await listReturnedRecords(db, FIXTURE_AUTHOR_ID)).toEqual([]);
  // Discarding the draft brings it back: the correction is still owed.
  await db.records.delete(revision.id);
  expect(await listReturnedRecords(db, FIXTURE_AUTHOR_ID)).toHaveLength(1);
});

test("no returned record, no list", async () => {
  await db.records.add(finalRecord());
  expect(await listReturnedRecords(db, FIXTURE_AUTHOR_ID)).toEqual([]);
});

test("the newer version of a record: the one that superseded it if on the device, else the newest local revision", async () => {
  const original = finalRecord();
  await db.records.add(original);
  expect(await findNewerVersion(db, original)).toBeNull();

  const first = await createRevision(db, original, "device-test-0001", new Date("2026-12-01T01:00:00.000Z"));
  const second = await createRevision(db, original, "device-test-0001", new Date("2026-12-02T01:00:00.000Z"));
  expect((await findNewerVersion(db, original))?.id).toBe(second.id);

  const superseded = { ...original, review: { state: "superseded" as const, decidedAt: null, reason: null, supersededBy: first.id } };
  expect((await findNewerVersion(db, superseded))?.id).toBe(first.id);
  // Superseded by a revision made on another phone: none here but the local ones.
  const elsewhere = { ...original, review: { ...superseded.review, supersededBy: "01980c2a-5b3d-7e4f-8a1b-ffffffffffff" } };
  expect((await findNewerVersion(db, elsewhere))?.id).toBe(second.id);
});

test("a revision finds the record it corrects, only if it is the same officer's", async () => {
  const original = finalRecord({ review: returned("2026-12-01T03:00:00.000Z") });
  await db.records.add(original);
  const revision = await createRevision(db, original, "device-test-0001");
  expect((await findRevisedRecord(db, revision))?.review?.reason).toEqual(REASON);
  expect(await findRevisedRecord(db, original)).toBeNull();
  expect(await findRevisedRecord(db, { ...revision, authorId: OTHER_OFFICER })).toBeNull();
});

test("a phone with the version 1 store keeps its records and finds their reviews after the upgrade", async () => {
  const legacyName = `reviews-legacy-${name}`;
  const legacy = new Dexie(legacyName);
  legacy.version(1).stores({
    cases: "id, heldBy",
    records: "id, [authorId+caseId], [authorId+state], caseId",
    attachments: "sha256, ownerId",
    attachmentBytes: "sha256",
    outbox: "++seq, &mutationId, recordId, authorId",
    meta: "key",
  });
  const kept = finalRecord();
  await legacy.table("records").bulkAdd([kept, finalRecord({ review: returned("2026-12-01T03:00:00.000Z") })]);
  legacy.close();

  const upgraded = openFieldDatabase(legacyName);
  await upgraded.open();
  expect(upgraded.verno).toBe(2);
  expect(await upgraded.records.get(kept.id)).toEqual(kept);
  expect(await listReturnedRecords(upgraded, FIXTURE_AUTHOR_ID)).toHaveLength(1);
  upgraded.close();
  await upgraded.delete();
});
