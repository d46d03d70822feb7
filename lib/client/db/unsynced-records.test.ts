import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { finalLocalRecord } from "@/test/local-record";
import { openFieldDatabase, type OutboxEntry } from "./field-database";
import { countUnsyncedRecords, unsyncedTotal } from "./unsynced-records";

const entry = (recordId: string, authorId: string, state: OutboxEntry["state"]): OutboxEntry => ({
  mutationId: `m-${recordId}`,
  recordId,
  authorId,
  state,
  createdAt: "2026-11-29T01:00:00.000Z",
  attempts: 0,
});

test("counts only the signing-out user's work: pending, refused (rejected or conflict) and drafts apart", async () => {
  const db = openFieldDatabase("unsynced-counts");
  await db.records.bulkPut([
    finalLocalRecord({ id: "r1", authorId: "me" }),
    finalLocalRecord({ id: "r2", authorId: "me" }),
    finalLocalRecord({ id: "r3", authorId: "me" }),
    finalLocalRecord({ id: "r4", authorId: "me" }),
    finalLocalRecord({ id: "d1", authorId: "me", state: "draft" }),
    finalLocalRecord({ id: "synced", authorId: "me", sync: { state: "synced", serverSeq: 1, receivedAt: "2026-11-29T02:00:00.000Z" } }),
    finalLocalRecord({ id: "o1", authorId: "colleague" }),
    finalLocalRecord({ id: "od", authorId: "colleague", state: "draft" }),
  ]);
  await db.outbox.bulkAdd([entry("r1", "me", "pending"), entry("r2", "me", "pending"), entry("r3", "me", "rejected"), entry("r4", "me", "conflict"), entry("o1", "colleague", "pending")]);

  const counts = await countUnsyncedRecords(db, "me");
  expect(counts).toEqual({ pending: 2, refused: 2, drafts: 1 });
  expect(unsyncedTotal(counts)).toBe(4);
  expect(await countUnsyncedRecords(db, "colleague")).toEqual({ pending: 1, refused: 0, drafts: 1 });
  expect(unsyncedTotal(await countUnsyncedRecords(db, "nobody"))).toBe(0);
});
