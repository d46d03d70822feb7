import { count, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import { verifyAuditChain } from "../audit/verify-audit-chain";
import type { DbHandle } from "../db/client";
import { auditLog, fieldRecords } from "../db/schema";
import { pushRecords } from "./push-records";
import { buildFinalRecord, pushEnvelope, seedSyncWorld } from "./sync-test-world";

// writeRecords looks a batch up BEFORE taking the push locks (write-records.ts), so two devices sending the same
// records can both find them absent. This pins down the race: the first push is held inside its transaction (a
// trigger sleeps after its insert) while the second looks up, finds nothing and waits on the lock; when the
// second inserts, every row is already there. It must answer `duplicate` for each, write no row and no audit
// entry of its own, and leave the audit chain whole. Only PostgreSQL runs two transactions at once.
const postgres = testDatabases.find((target) => target.name === "postgres");

describe.skipIf(!postgres)("two pushes of the same batch racing past the lookup (PostgreSQL)", () => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let officer: SessionUser;
  let caseIds: string[];

  beforeAll(async () => {
    if (!postgres) return;
    handle = await postgres.open();
    const world = await seedSyncWorld(handle.db, 1, 2);
    officer = world.officers[0] as SessionUser;
    caseIds = world.casesOf.get(officer.id) ?? [];
    await handle.db.execute(sql`
      CREATE FUNCTION test_hold_push() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.4); RETURN NULL; END $$`);
    await handle.db.execute(sql`CREATE TRIGGER test_hold_push AFTER INSERT ON field_records FOR EACH STATEMENT EXECUTE FUNCTION test_hold_push()`);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("the second push answers duplicate for every record and writes nothing", async () => {
    const records = await Promise.all(Array.from({ length: 12 }, (_, k) => buildFinalRecord({ caseId: caseIds[k % caseIds.length] ?? "", authorId: officer.id })));
    const ids = records.map((record) => record.id);
    const auditBefore = (await handle.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

    const first = pushRecords(handle.db, officer, pushEnvelope(records, "device-a"));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the first holds the locks, sleeping in its trigger
    const second = pushRecords(handle.db, officer, pushEnvelope([...records].reverse(), "device-b"));
    const [a, b] = await Promise.all([first, second]);

    expect(a.results.map((result) => result.status)).toEqual(records.map(() => "applied"));
    expect(b.results.map((result) => result.status)).toEqual(records.map(() => "duplicate"));
    // The duplicates carry the first push's server_seq, as a replay does.
    const seqOf = new Map(a.results.map((result) => [result.id, "serverSeq" in result ? result.serverSeq : -1]));
    for (const result of b.results) expect("serverSeq" in result ? result.serverSeq : -2).toBe(seqOf.get(result.id));
    expect((await handle.db.select({ n: count() }).from(fieldRecords).where(inArray(fieldRecords.id, ids)))[0]?.n).toBe(records.length);
    expect((await handle.db.select({ n: count() }).from(auditLog))[0]?.n).toBe(auditBefore + records.length);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  test("a racing batch with new records too: those are applied, the raced ones are duplicates", async () => {
    const shared = await Promise.all(Array.from({ length: 5 }, () => buildFinalRecord({ caseId: caseIds[0] ?? "", authorId: officer.id })));
    const own = await Promise.all(Array.from({ length: 3 }, () => buildFinalRecord({ caseId: caseIds[1] ?? "", authorId: officer.id })));
    const auditBefore = (await handle.db.select({ n: count() }).from(auditLog))[0]?.n ?? 0;

    const first = pushRecords(handle.db, officer, pushEnvelope(shared, "device-a"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = pushRecords(handle.db, officer, pushEnvelope([...own, ...shared], "device-b"));
    const [, b] = await Promise.all([first, second]);

    expect(b.results.map((result) => result.status)).toEqual([...own.map(() => "applied"), ...shared.map(() => "duplicate")]);
    expect((await handle.db.select({ n: count() }).from(auditLog))[0]?.n).toBe(auditBefore + shared.length + own.length);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
  });
});
