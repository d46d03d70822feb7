import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { PullQuerySchema } from "@/lib/domain/sync-protocol";
import type { MutationResult } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { fieldRecords } from "../db/schema";
import { createRng, type Rng } from "../seed/prng";
import { pullRecords } from "./pull-records";
import { pushRecords } from "./push-records";
import { buildFinalRecord, pushEnvelope, seedSyncWorld } from "./sync-test-world";

// Property: while several devices push concurrently (each transaction on its own pooled connection, random batch
// sizes, random pauses, replays of batches whose response was "lost") and a puller follows each officer's record
// stream with `since`, the puller ends up with exactly the committed records — none skipped, none twice. A
// trigger sleeps a random few ms between a batch's nextval and its commit, which is where a cursor over a
// plain sequence skips rows. Only PostgreSQL has concurrent writers; PGlite is one connection.
// Reproduce a failure with SYNC_PROPERTY_SEED=<the seed printed>; the database's own scheduling still varies.
// eslint-disable-next-line no-restricted-properties -- test harness, not application code
const SEED = process.env.SYNC_PROPERTY_SEED || "sync-property-2026";
const ROUNDS = 8;
const OFFICERS = 3;
const DEVICES_PER_OFFICER = 2;

const postgres = testDatabases.find((target) => target.name === "postgres");

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** One device: pushes its records in random batches, sometimes twice (the first response "lost"). */
async function runDevice(db: DbHandle["db"], rng: Rng, officer: SessionUser, deviceId: string, records: readonly FieldRecord[]): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (let start = 0; start < records.length; ) {
    const batch = records.slice(start, start + rng.int(1, 15));
    start += batch.length;
    await sleep(rng.int(0, 8));
    const response = await pushRecords(db, officer, pushEnvelope(batch, deviceId));
    results.push(...response.results);
    if (rng.chance(0.2)) results.push(...(await pushRecords(db, officer, pushEnvelope(batch, deviceId))).results);
  }
  return results;
}

/** The officer's puller: follows the record stream while the devices push, then drains it. */
async function runPuller(db: DbHandle["db"], rng: Rng, officer: SessionUser, isPushing: () => boolean, since: number): Promise<{ ids: string[]; since: number }> {
  const ids: string[] = [];
  let mark = since;
  for (;;) {
    const wasPushing = isPushing();
    const page = await pullRecords(db, officer, PullQuerySchema.parse({ since: String(mark), limit: String(rng.int(1, 25)) }));
    ids.push(...page.records.map((record) => record.id));
    mark = page.recordsSince;
    if (!wasPushing && !page.recordsHaveMore) return { ids, since: mark };
    await sleep(rng.int(0, 5));
  }
}

describe.skipIf(!postgres)("concurrent pushers and pullers on PostgreSQL", () => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let officers: SessionUser[];
  let casesOf: Map<string, string[]>;

  beforeAll(async () => {
    if (!postgres) return;
    handle = await postgres.open();
    ({ officers, casesOf } = await seedSyncWorld(handle.db, OFFICERS, 3));
    await handle.db.execute(sql`
      CREATE FUNCTION test_pause_before_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(random() * 0.015); RETURN NULL; END $$`);
    await handle.db.execute(sql`CREATE TRIGGER test_pause_before_commit AFTER INSERT ON field_records FOR EACH STATEMENT EXECUTE FUNCTION test_pause_before_commit()`);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test(`the pulled set equals the committed set over ${ROUNDS} random rounds (seed ${SEED})`, async () => {
    const marks = new Map(officers.map((officer) => [officer.id, 0]));
    const pulled = new Map<string, string[]>(officers.map((officer) => [officer.id, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      const rng = createRng(`${SEED}/round-${round}`);
      let pushing = true;
      const devices: Promise<MutationResult[]>[] = [];
      const pushedBy = new Map<string, FieldRecord[]>();
      for (const officer of officers) {
        const cases = casesOf.get(officer.id) ?? [];
        const pool = await Promise.all(Array.from({ length: rng.int(10, 50) }, () => buildFinalRecord({ caseId: rng.pick(cases), authorId: officer.id })));
        pushedBy.set(officer.id, pool);
        // Two devices of one officer: each sends its share, and some records from both (a re-imported export).
        const shares: FieldRecord[][] = Array.from({ length: DEVICES_PER_OFFICER }, () => []);
        for (const record of pool) {
          const owner = rng.int(0, DEVICES_PER_OFFICER - 1);
          for (const [device, share] of shares.entries()) if (device === owner || rng.chance(0.25)) share.push(record);
        }
        shares.forEach((share, device) => devices.push(runDevice(handle.db, createRng(`${SEED}/${round}/${officer.id}/${device}`), officer, `device-${device}-${officer.username}`, shuffle(rng, share))));
      }
      const pullers = officers.map((officer) => runPuller(handle.db, createRng(`${SEED}/${round}/pull/${officer.id}`), officer, () => pushing, marks.get(officer.id) ?? 0));
      // A failed push must not leave the pullers polling a closed pool: stop them first, then report it.
      const settled = await Promise.allSettled(devices);
      pushing = false;
      const pulls = await Promise.all(pullers);
      const results = settled.flatMap((outcome) => {
        if (outcome.status === "rejected") throw outcome.reason;
        return outcome.value;
      });
      for (const [index, outcome] of pulls.entries()) {
        const officer = officers[index] as SessionUser;
        marks.set(officer.id, outcome.since);
        pulled.get(officer.id)?.push(...outcome.ids);
      }

      // Every record pushed was applied exactly once; every other answer for it was `duplicate`.
      const appliedIds = results.filter((result) => result.status === "applied").map((result) => result.id);
      expect(new Set(appliedIds).size, `round ${round}: applied twice`).toBe(appliedIds.length);
      expect(results.every((result) => result.status === "applied" || result.status === "duplicate"), `round ${round}`).toBe(true);
      const pushedIds = [...pushedBy.values()].flat().map((record) => record.id);
      expect(new Set(appliedIds), `round ${round}: applied = pushed`).toEqual(new Set(pushedIds));
    }

    for (const officer of officers) {
      const committed = await handle.db.select({ id: fieldRecords.id }).from(fieldRecords).where(eq(fieldRecords.authorId, officer.id));
      const ids = pulled.get(officer.id) ?? [];
      expect(ids.length, `${officer.username}: pulled twice`).toBe(new Set(ids).size);
      expect(new Set(ids), `${officer.username}: pulled = committed`).toEqual(new Set(committed.map((row) => row.id)));
    }
  });
});
