import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { attachmentUsesOf } from "@/lib/domain/records/field-record";
import { buildVerificationPayload, FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import { finalizeRecord } from "../capture/finalize-record";
import { type FieldDatabase, openFieldDatabase } from "../db/field-database";
import { storeAttachment } from "../db/local-attachments";
import { createDraft, saveDraft } from "../db/local-records";
import { retryOutboxEntry } from "../db/outbox";
import { createFakeServer } from "@/test/fake-sync-server";
import { pushOutbox } from "./push-outbox";

let db: FieldDatabase;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`push-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** `count` finalized records in the outbox, with real stored images. */
async function finalizeRecords(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const payload = buildVerificationPayload({ notes: `Biên bản số ${i}` });
    const shas: Record<string, string> = {};
    for (const use of attachmentUsesOf({ type: "xac_minh", payload })) {
      const stored = await storeAttachment(db, { bytes: new TextEncoder().encode(`image ${use.sha256}`).buffer as ArrayBuffer, mime: "image/png", kind: use.kind, ownerId: FIXTURE_AUTHOR_ID });
      shas[use.sha256] = stored.sha256;
    }
    // Point the payload at the real hashes of the stored bytes.
    const real = JSON.parse(JSON.stringify(payload), (_key, value: unknown) => (typeof value === "string" && shas[value] ? shas[value] : value)) as typeof payload;
    const draft = await createDraft(db, { authorId: FIXTURE_AUTHOR_ID, caseId: FIXTURE_CASE_ID, type: "xac_minh", payload: real, deviceId: "device-test-0001" });
    await saveDraft(db, draft.id, { location: { lat: 20.9, lng: 106.3, accuracy: 5 } });
    const stored = await db.records.get(draft.id);
    if (!stored) throw new Error("lost draft");
    const outcome = await finalizeRecord(db, stored);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    ids.push(draft.id);
  }
  return ids;
}

test("pending records are sent with their images first, then leave the outbox marked Đã gửi", async () => {
  const ids = await finalizeRecords(3);
  const server = createFakeServer();
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 3, refused: 0 });
  expect([...server.records.keys()].sort()).toEqual([...ids].sort());
  expect(await db.outbox.count()).toBe(0);
  for (const id of ids) expect((await db.records.get(id))?.sync?.state).toBe("synced");
  expect(server.attachments.size).toBeGreaterThan(0);
  expect((await db.attachments.toArray()).every((a) => a.uploadedAt)).toBe(true);
  // The batch's images travel together, not one request each.
  expect(server.calls).toMatchObject({ post: 1, put: 0, push: 1 });
});

test("many images go 20 to a request; images the server already has are not sent again", async () => {
  await finalizeRecords(12);
  const server = createFakeServer();
  const images = await db.attachments.count();
  expect(images).toBeGreaterThan(20);
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toMatchObject({ kind: "done", sent: 12 });
  expect(server.calls.post).toBe(Math.ceil(images / 20));
  expect(server.attachments.size).toBe(images);
  // The next record: only its own images are sent, in one request.
  await finalizeRecords(1);
  const before = server.calls.post;
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toMatchObject({ kind: "done", sent: 1 });
  expect(server.calls.post - before).toBe(1);
  expect(server.attachments.size).toBe(await db.attachments.count());
});

test("a response lost after the server committed: the retry is answered duplicate, nothing lost or doubled", async () => {
  const ids = await finalizeRecords(4);
  const server = createFakeServer({ dropAfterCommit: 1 });
  const first = await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch);
  expect(first).toMatchObject({ kind: "stopped", error: { kind: "network" }, sent: 0 });
  expect(await db.outbox.count()).toBe(4);
  expect(server.records.size).toBe(4);
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 4, refused: 0 });
  expect(server.records.size).toBe(4);
  expect(await db.outbox.count()).toBe(0);
  expect((await db.records.bulkGet(ids)).every((r) => r?.sync?.state === "synced")).toBe(true);
});

test("one invalid record among many: the others go, it stays on the device with its reason", async () => {
  const ids = await finalizeRecords(6);
  const bad = ids[2] ?? "";
  const server = createFakeServer({ rejectIds: new Set([bad]) });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 5, refused: 1 });
  const kept = await db.outbox.toArray();
  expect(kept).toHaveLength(1);
  expect(kept[0]).toMatchObject({ recordId: bad, state: "rejected", lastError: "Thiếu chữ ký" });
  expect((await db.records.get(bad))?.sync).toMatchObject({ state: "rejected", message: "Thiếu chữ ký", errors: [{ path: "payload.participants" }] });
  // A rejected record is not resent by the next pass.
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 0, refused: 0 });
});

test("a 500, a 401 or no network stop the pass and keep everything for the next one", async () => {
  await finalizeRecords(2);
  for (const failure of [{ failPushWith: [500] }, { failPushWith: [401] }, { offline: true }]) {
    const server = createFakeServer(failure);
    const outcome = await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch);
    expect(outcome.kind).toBe("stopped");
    expect(await db.outbox.count()).toBe(2);
    expect(server.records.size).toBe(0);
  }
  const server = createFakeServer({ failPushWith: [401] });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toMatchObject({ kind: "stopped", error: { kind: "unauthenticated" } });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 2, refused: 0 });
});

test("a 413 halves the batch until it passes", async () => {
  await finalizeRecords(5);
  const server = createFakeServer({ maxBatch: 2 });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 5, refused: 0 });
  expect(server.records.size).toBe(5);
});

test("a conflict (same id, other content on the server) is kept and shown, never overwritten", async () => {
  const [id = ""] = await finalizeRecords(1);
  const server = createFakeServer();
  server.records.set(id, { hash: "f".repeat(64), serverSeq: 99 });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 0, refused: 1 });
  expect((await db.records.get(id))?.sync).toMatchObject({ state: "conflict", serverHash: "f".repeat(64) });
  expect(server.records.get(id)?.hash).toBe("f".repeat(64));
});

test("another user's pending records on a shared phone are neither sent nor touched", async () => {
  await finalizeRecords(2);
  const server = createFakeServer();
  expect(await pushOutbox(db, "0b000000-0000-4000-8000-00000000000b", "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 0, refused: 0 });
  expect(server.calls.push).toBe(0);
  expect(await db.outbox.count()).toBe(2);
});

test("bytes the server refuses (hash mismatch) mark that record for the officer; a missing route is only retried", async () => {
  const [id = ""] = await finalizeRecords(1);
  const server = createFakeServer();
  const problem = { type: "urn:thads:problem:unprocessable", title: "Không khớp", status: 422, code: "unprocessable", detail: "Mã băm không khớp với nội dung ảnh" };
  const mismatch: typeof fetch = async (input, init) =>
    String(input) === "/api/attachments" && init?.body instanceof FormData
      ? new Response(JSON.stringify({ results: [...init.body.keys()].map((sha256) => ({ sha256, status: "rejected", problem })) }), { status: 200 })
      : server.fetch(input, init);
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", mismatch)).toEqual({ kind: "done", sent: 0, refused: 1 });
  expect((await db.records.get(id))?.sync).toMatchObject({ state: "rejected", reason: "missing_attachment", message: "Mã băm không khớp với nội dung ảnh" });

  const [other = ""] = await finalizeRecords(1);
  const notDeployed: typeof fetch = async () => new Response("not found", { status: 404 });
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", notDeployed)).toMatchObject({ kind: "stopped", error: { kind: "server", status: 404 } });
  expect((await db.records.get(other))?.sync).toEqual({ state: "pending" });
});

test("a refused record put back in the queue by the officer is sent again", async () => {
  const [id = ""] = await finalizeRecords(1);
  const server = createFakeServer({ rejectIds: new Set([id]) });
  await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch);
  const [entry] = await db.outbox.toArray();
  expect(entry?.state).toBe("rejected");
  server.faults.rejectIds?.clear();
  expect(await retryOutboxEntry(db, entry?.seq ?? -1)).toBe(true);
  expect(await pushOutbox(db, FIXTURE_AUTHOR_ID, "device-test-0001", server.fetch)).toEqual({ kind: "done", sent: 1, refused: 0 });
  expect(await db.outbox.count()).toBe(0);
});
