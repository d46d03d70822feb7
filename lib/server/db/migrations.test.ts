import journal from "./migrations/meta/_journal.json";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDatabases } from "@/test/databases";
import { queryRows, type DbHandle } from "./client";

describe.each(testDatabases)("migrations on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("create every table of the schema", async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    const tables = rows.map((row) => row.table_name);
    expect(tables).toEqual(
      expect.arrayContaining(["units", "users", "cases", "case_status_events", "case_money_entries", "field_records", "audit_log", "targets"]),
    );
  });

  test("applying them again changes nothing", async () => {
    const countMigrations = () => queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    const before = await countMigrations();
    await handle.migrate();
    expect(await countMigrations()).toEqual(before);
    // One row per migration in the journal: all were applied, none twice.
    expect(before).toEqual([{ n: journal.entries.length }]);
  });

  test("the audit log refuses updates and deletes", async () => {
    await handle.db.execute(
      sql`INSERT INTO audit_log (action, entity_type, entity_id, prev_hash, hash) VALUES ('test', 'test', '1', 'p', 'h')`,
    );
    await expect(handle.db.execute(sql`UPDATE audit_log SET action = 'edited'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });
});
