import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { attachmentUsesOf } from "@/lib/domain/records/field-record";
import { buildVerificationPayload, FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import type { PullResponse } from "@/lib/domain/sync-protocol";
import { caseDetail } from "@/test/case-detail-fixture";
import { createFakeServer } from "@/test/fake-sync-server";
import { finalizeRecord } from "../capture/finalize-record";
import { type FieldDatabase, type LocalRecord, openFieldDatabase } from "../db/field-database";
import { storeAttachment } from "../db/local-attachments";
import { createDraft, createRevision, saveDraft } from "../db/local-records";
import { pullAssignedCases } from "./pull-cases";
import { pushOutbox } from "./push-outbox";

const DEVICE = "device-test-0001";
const RETURN_REASON = { category: "thieu_chu_ky", text: "Người chứng kiến chưa ký trang 2" } as const;

let db: FieldDatabase;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`pull-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Finalizes a draft whose images are on the device: a new record, or a revision (which copies its images). */
async function finalizeDraft(draft: LocalRecord): Promise<string> {
  await saveDraft(db, draft.id, { location: { lat: 20.9, lng: 106.3, accuracy: 5 } });
  const stored = await db.records.get(draft.id);
  if (!stored) throw new Error("lost draft");
  const outcome = await finalizeRecord(db, stored);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return draft.id;
}

/** `count` finalized records in the outbox, with real stored images. */
async function finalizeRecords(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const payload = buildVerificationPayload({ notes: `Biên bản số ${i}` });
    const shas = new Map<string, string>();
    for (const use of attachmentUsesOf({ type: "xac_minh", payload })) {
      const stored = await storeAttachment(db, { bytes: new TextEncoder().encode(`image ${use.sha256}`).buffer as ArrayBuffer, mime: "image/png", kind: use.kind, ownerId: FIXTURE_AUTHOR_ID });
      shas.set(use.sha256, stored.sha256);
    }
    // Point the payload at the real hashes of the stored bytes.
    const real = JSON.parse(JSON.stringify(payload), (_key, value: unknown) => (typeof value === "string" ? (shas.get(value) ?? value) : value)) as typeof payload;
    ids.push(await finalizeDraft(await createDraft(db, { authorId: FIXTURE_AUTHOR_ID, caseId: FIXTURE_CASE_ID, type: "xac_minh", payload: real, deviceId: DEVICE })));
  }
  return ids;
}

async function local(id: string): Promise<LocalRecord> {
  const record = await db.records.get(id);
  if (!record) throw new Error(`no local record ${id}`);
  return record;
}

async function recordsSince(): Promise<unknown> {
  return (await db.meta.get(`recordsSince:${FIXTURE_AUTHOR_ID}`))?.value;
}

test("a returned record gets its reason, an approved one its decision, one not yet decided stays submitted", async () => {
  const [returned = "", approved = "", waiting = ""] = await finalizeRecords(3);
  const server = createFakeServer();
  await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch);
  server.decide(returned, { decision: "return", reason: RETURN_REASON }, "2026-12-01T18:30:00.000Z");
  server.decide(approved, { decision: "approve" }, "2026-12-02T03:00:00.000Z");

  expect(await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch)).toEqual({ ok: true, data: { count: 0 } });
  expect((await local(returned)).review).toEqual({ state: "returned", decidedAt: "2026-12-01T18:30:00.000Z", reason: RETURN_REASON, supersededBy: null });
  expect((await local(approved)).review).toEqual({ state: "approved", decidedAt: "2026-12-02T03:00:00.000Z", reason: null, supersededBy: null });
  expect((await local(waiting)).review).toEqual({ state: "submitted", decidedAt: null, reason: null, supersededBy: null });
  // The decision's new serverSeq is what the device now knows, and the cursor stands after the last one.
  expect((await local(approved)).sync).toMatchObject({ state: "synced", serverSeq: server.records.get(approved)?.serverSeq });
  expect(await recordsSince()).toBe(Math.max(...[...server.records.values()].map((record) => record.serverSeq)));
});

test("a later pull brings the later decision: returned, then superseded by the officer's revision", async () => {
  const [original = ""] = await finalizeRecords(1);
  const server = createFakeServer();
  await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch);
  server.decide(original, { decision: "return", reason: RETURN_REASON });
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  expect((await local(original)).review?.state).toBe("returned");

  const revision = await finalizeDraft(await createRevision(db, await local(original), DEVICE));
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch)).toEqual({ kind: "done", sent: 1, refused: 0 });
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  // The latest decision is still the return (its reason kept); the state and the link are new.
  expect((await local(original)).review).toMatchObject({ state: "superseded", supersededBy: revision, reason: RETURN_REASON });
  expect((await local(revision)).review).toEqual({ state: "submitted", decidedAt: null, reason: null, supersededBy: null });
});

test("a record with a pending outbox entry is left as the device has it, the cursor still advances, and its later duplicate brings the decision back", async () => {
  const [id = ""] = await finalizeRecords(1);
  const before = await local(id);
  const server = createFakeServer();
  // The server committed it (an acknowledgement lost on the way back) and the head already decided.
  server.records.set(id, { hash: before.contentHash ?? "", serverSeq: 1 });
  server.decide(id, { decision: "approve" });

  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  const after = await local(id);
  expect(after.sync).toEqual({ state: "pending" });
  expect(after.review).toBeUndefined();
  expect(await recordsSince()).toBe(server.records.get(id)?.serverSeq);

  // The next push hears `duplicate` and steps the cursor back, so the decision the pull passed by still arrives.
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch)).toEqual({ kind: "done", sent: 1, refused: 0 });
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  expect((await local(id)).review?.state).toBe("approved");
});

test("records that are not this officer's, or whose content differs, are not touched", async () => {
  const [mine = "", other = ""] = await finalizeRecords(2);
  const server = createFakeServer();
  await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch);
  await db.records.update(other, { authorId: "0b000000-0000-4000-8000-00000000000b" });
  const hash = server.records.get(mine)?.hash ?? "";
  server.records.set(mine, { hash: "f".repeat(64), serverSeq: 1 });
  server.decide(mine, { decision: "approve" });
  server.decide(other, { decision: "approve" });

  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  expect((await local(mine)).review).toBeUndefined();
  expect((await local(mine)).contentHash).toBe(hash);
  expect((await local(other)).review).toBeUndefined();
});

test("the review and the cursor are written in one transaction: a failure half-way applies neither", async () => {
  const ids = await finalizeRecords(2);
  const server = createFakeServer();
  await pushOutbox(db, FIXTURE_AUTHOR_ID, DEVICE, server.fetch);
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  const cursor = await recordsSince();
  for (const id of ids) server.decide(id, { decision: "return", reason: RETURN_REASON });

  // The second record's write fails (a full disk, say) after the first one's succeeded.
  const failing = ids[1];
  const hook = (_changes: object, key: unknown) => {
    if (key === failing) throw new Error("QuotaExceededError");
  };
  db.records.hook("updating", hook);
  await expect(pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch)).rejects.toThrow();
  db.records.hook("updating").unsubscribe(hook);

  expect(await recordsSince()).toBe(cursor);
  for (const id of ids) expect((await local(id)).review?.state).toBe("submitted");
  // The next pull, with the disk fine again, applies the page it could not.
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  for (const id of ids) expect((await local(id)).review?.state).toBe("returned");
});

test("an older state of a record (a replay after the cursor was lost) never replaces a later decision", async () => {
  const [id = ""] = await finalizeRecords(1);
  const record = await local(id);
  await db.records.update(id, {
    sync: { state: "synced", serverSeq: 10, receivedAt: "2026-11-29T02:00:00.000Z" },
    review: { state: "approved", decidedAt: "2026-12-02T03:00:00.000Z", reason: null, supersededBy: null },
  });
  await db.outbox.clear();
  const stale: PullResponse = {
    protocol: 1,
    cursor: "c",
    hasMore: false,
    snapshot: true,
    cases: [],
    removedCaseIds: [],
    records: [
      { id, caseId: FIXTURE_CASE_ID, type: "xac_minh", contentHash: record.contentHash ?? "", serverSeq: 4, receivedAt: "2026-11-29T02:00:00.000Z", reviewState: "submitted", review: null, supersededBy: null },
    ],
    recordsSince: 4,
    recordsHaveMore: false,
    reference: null,
  };
  const replay: typeof fetch = async () => new Response(JSON.stringify(stale), { status: 200, headers: { "content-type": "application/json" } });
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, replay);
  expect((await local(id)).review?.state).toBe("approved");
  expect((await local(id)).sync).toMatchObject({ serverSeq: 10 });
});

test("two pulls asked at once (the sync pass and the home's refresh at app start) share one download; a later one pulls again", async () => {
  const server = createFakeServer();
  const [first, second] = await Promise.all([pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch), pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch)]);
  expect(first).toEqual({ ok: true, data: { count: 0 } });
  expect(second).toBe(first);
  expect(server.calls.pull).toBe(1);
  await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch);
  expect(server.calls.pull).toBe(2);
  // Another fetch (another server, a test double) is never served the first one's answer.
  const other = createFakeServer();
  await Promise.all([pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch), pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, other.fetch)]);
  expect([server.calls.pull, other.calls.pull]).toEqual([3, 1]);
});

test("the cases of a pull are checked one by one: all valid are stored; one malformed refuses the page and keeps the phone's cases", async () => {
  const server = createFakeServer();
  server.cases.push(...Array.from({ length: 23 }, (_, k) => caseDetail(`10000000-0000-4000-8000-${String(k).padStart(12, "0")}`, `Đương sự ${k}`, FIXTURE_AUTHOR_ID)));
  expect(await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch)).toEqual({ ok: true, data: { count: 23 } });
  expect(await db.cases.count()).toBe(23);

  server.cases.splice(0, 1, { ...caseDetail("10000000-0000-4000-8000-000000000000", "Đương sự 0", FIXTURE_AUTHOR_ID), unit: null } as unknown as CaseDetail);
  server.cases.pop();
  expect(await pullAssignedCases(db, FIXTURE_AUTHOR_ID, undefined, server.fetch)).toEqual({ ok: false, error: { kind: "invalid_response" } });
  expect(await db.cases.count()).toBe(23);
});
