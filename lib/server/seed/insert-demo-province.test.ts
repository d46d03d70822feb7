import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { auditLog, caseMoneyEntries, cases, caseStatusEvents, users } from "../db/schema";
import { insertDemoProvince, isDatabaseEmpty } from "./insert-demo-province";

describe.each(testDatabases)("demo seed on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("the first run fills an empty database; the second changes nothing", async () => {
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
    const first = await insertDemoProvince(handle.db);
    expect(first.inserted.cases).toBeGreaterThan(9000);
    const countAll = async () =>
      Promise.all([cases, users, caseStatusEvents, caseMoneyEntries, auditLog].map(async (table) => (await handle.db.select({ n: count() }).from(table))[0]?.n));
    const before = await countAll();
    const second = await insertDemoProvince(handle.db);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(await countAll()).toEqual(before);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
  }, 180_000);
});
