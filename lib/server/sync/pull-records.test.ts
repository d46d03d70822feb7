import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { PullQuerySchema, PullResponseSchema } from "@/lib/domain/sync-protocol";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { pullChanges } from "./pull-changes";
import { pullRecords } from "./pull-records";
import { pushRecords } from "./push-records";
import { buildFinalRecord, pushEnvelope, seedSyncWorld } from "./sync-test-world";

function query(input: Record<string, string> = {}) {
  return PullQuerySchema.parse(input);
}

describe.each(testDatabases)("sync pull of records on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let officer: SessionUser;
  let other: SessionUser;
  let mine: FieldRecord[];
  let seqs: number[];

  beforeAll(async () => {
    handle = await target.open();
    const world = await seedSyncWorld(handle.db, 2, 2);
    [officer, other] = world.officers as [SessionUser, SessionUser];
    const myCases = world.casesOf.get(officer.id) ?? [];
    const theirCase = world.casesOf.get(other.id)?.[0] ?? "";
    mine = [];
    seqs = [];
    // Interleaved with the other officer's pushes, so the caller's seqs have gaps.
    for (let batch = 0; batch < 3; batch += 1) {
      const records = await Promise.all(Array.from({ length: 3 }, (_, k) => buildFinalRecord({ caseId: myCases[k % 2] ?? "", authorId: officer.id })));
      const response = await pushRecords(handle.db, officer, pushEnvelope(records));
      for (const result of response.results) if (result.status === "applied") seqs.push(result.serverSeq);
      mine.push(...records);
      await pushRecords(handle.db, other, pushEnvelope([await buildFinalRecord({ caseId: theirCase, authorId: other.id })]));
    }
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("the caller gets exactly their own records, in server_seq order, as the push answered them", async () => {
    const page = await pullRecords(handle.db, officer, query());
    expect(page.records.map((record) => record.id)).toEqual(mine.map((record) => record.id));
    expect(page.records.map((record) => record.serverSeq)).toEqual(seqs);
    expect(page).toMatchObject({ recordsSince: seqs.at(-1), recordsHaveMore: false });
    for (const [index, record] of page.records.entries()) {
      expect(record).toMatchObject({ caseId: mine[index]?.caseId, type: "thong_bao", contentHash: mine[index]?.contentHash, reviewState: "submitted" });
    }
    expect((await pullRecords(handle.db, other, query())).records).toHaveLength(3);
  });

  test("paging with since and limit enumerates every record once", async () => {
    const collected: number[] = [];
    let since = "0";
    for (let round = 0; round < 10; round += 1) {
      const page = await pullRecords(handle.db, officer, query({ since, limit: "4" }));
      collected.push(...page.records.map((record) => record.serverSeq));
      since = String(page.recordsSince);
      if (!page.recordsHaveMore) break;
    }
    expect(collected).toEqual(seqs);
  });

  test("a mark at or past the end gives an empty page that keeps the mark", async () => {
    const last = seqs.at(-1) ?? 0;
    for (const since of [last, last + 1000]) {
      expect(await pullRecords(handle.db, officer, query({ since: String(since) }))).toEqual({ records: [], recordsSince: since, recordsHaveMore: false });
    }
  });

  test("one pull answers a page of each stream, independently, valid against the contract", async () => {
    const response = await pullChanges(handle.db, officer, query({ limit: "1", since: String(seqs[4]) }));
    expect(PullResponseSchema.parse(response)).toEqual(response);
    expect(response.cases).toHaveLength(1);
    expect(response.hasMore).toBe(true);
    expect(response.records.map((record) => record.serverSeq)).toEqual([seqs[5]]);
    expect(response).toMatchObject({ recordsSince: seqs[5], recordsHaveMore: true });
  });
});
