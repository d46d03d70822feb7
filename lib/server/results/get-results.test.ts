import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ResultsResponseSchema, type ResultNode } from "@/lib/domain/api/results";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import { insertDemoProvince } from "../seed/insert-demo-province";
import { getResults } from "./get-results";

// The demo province must reproduce the Hải Dương 2021 report through the results API, computed from the case
// ledger by lib/domain/statistics (the seed test checks the data with its own, independent arithmetic).

async function sessionOf(handle: DbHandle, username: string): Promise<SessionUser> {
  const [row] = await handle.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return { id: row.id, role: row.role, unitId: row.unitId, name: row.displayName, username: row.username };
}

function sumOf(nodes: readonly ResultNode[], pick: (node: ResultNode) => number): number {
  return nodes.reduce((total, node) => total + pick(node), 0);
}

describe.each(testDatabases)("results on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  beforeAll(async () => {
    handle = await target.open();
    await insertDemoProvince(handle.db);
  }, 180_000);
  afterAll(async () => {
    await handle?.dispose();
  });

  test("as of 30/09/2021 Hải Dương shows 83,99% by case (vượt 1,49%) and 44,26% by money (vượt 4,16%), 3 offices under the money target", async () => {
    const result = ResultsResponseSchema.parse(await getResults(handle.db, await sessionOf(handle, "lanhdao"), { year: 2021, asOf: "2021-09-30" }));
    const { root } = result;
    expect(root).toMatchObject({ kind: "province", caseRate: 83.99, caseTarget: 82.5, caseGap: 1.49, moneyRate: 44.26, moneyTarget: 40.1, moneyGap: 4.16 });
    expect(root.figures).toMatchObject({ toEnforce: 9334, withConditions: 7581 });
    expect(root.figures.finished + root.figures.terminated).toBe(6367);
    expect(root.children).toHaveLength(12);
    expect(root.children.filter((office) => (office.moneyGap ?? 0) < 0).map((office) => office.code).sort()).toHaveLength(3);
    // Chủ động and theo yêu cầu add up to the whole, at every level.
    for (const node of [root, ...root.children]) {
      expect(node.byKind.chuDong.figures.withConditions + node.byKind.theoYeuCau.figures.withConditions).toBe(node.figures.withConditions);
      expect(node.byKind.chuDong.figures.moneyCollected + node.byKind.theoYeuCau.figures.moneyCollected).toBe(node.figures.moneyCollected);
    }
    expect(root.byKind.chuDong.figures.toEnforce).toBeGreaterThan(0);
    expect(root.byKind.theoYeuCau.figures.toEnforce).toBeGreaterThan(0);
    // Offices add up to the province, officers to their office.
    for (const key of Object.keys(root.figures) as (keyof ResultNode["figures"])[]) {
      expect(sumOf(root.children, (office) => office.figures[key]), key).toBe(root.figures[key]);
      for (const office of root.children) expect(sumOf(office.children, (officer) => officer.figures[key]), `${office.code} ${key}`).toBe(office.figures[key]);
    }
  }, 120_000);

  test("the year runs cumulatively: fewer finished as of 31/03/2021 than at the year end, and no case before it begins", async () => {
    const leader = await sessionOf(handle, "lanhdao");
    const mid = (await getResults(handle.db, leader, { year: 2021, asOf: "2021-03-31" })).root;
    const end = (await getResults(handle.db, leader, { year: 2021, asOf: "2021-09-30" })).root;
    expect(mid.figures.finished).toBeLessThan(end.figures.finished);
    expect(mid.moneyDone).toBeLessThan(end.moneyDone);
    await expect(getResults(handle.db, leader, { year: 2021, asOf: "2020-09-30" })).rejects.toBeInstanceOf(AppError);
  }, 120_000);

  test("scope: a head sees their office with its officers, an officer only their own node, a leader one office on request", async () => {
    const head = (await getResults(handle.db, await sessionOf(handle, "cct.tphd"), { year: 2021, asOf: "2021-09-30" })).root;
    expect(head.kind).toBe("office");
    expect(head.code).toBe("HD.TPHD");
    const officer = await sessionOf(handle, "chv.tphd");
    const own = (await getResults(handle.db, officer, { year: 2021, asOf: "2021-09-30" })).root;
    expect(own).toMatchObject({ kind: "officer", id: officer.id, children: [] });
    expect(head.children.find((node) => node.id === officer.id)?.figures).toEqual(own.figures);
    const [chiLinh] = await handle.db.select().from(units).where(eq(units.code, "HD.CHILINH"));
    const leader = await sessionOf(handle, "lanhdao");
    const narrowed = (await getResults(handle.db, leader, { year: 2021, asOf: "2021-09-30", unit: chiLinh?.id })).root;
    expect(narrowed).toMatchObject({ kind: "office", code: "HD.CHILINH" });
    await expect(getResults(handle.db, await sessionOf(handle, "cct.tphd"), { year: 2021, unit: chiLinh?.id })).rejects.toMatchObject({ status: 403 });
  }, 120_000);

  test("national: a leader of Cục Quản lý THADS sees every province with its offices (no officers), and can open one province", async () => {
    const nationalId = "00000000-0000-4000-8000-0000000000aa";
    await handle.db.insert(units).values({ id: nationalId, code: "CQL.THADS", name: "Cục Quản lý Thi hành án dân sự", kind: "national", parentId: null });
    const leader = await sessionOf(handle, "lanhdao");
    const national: SessionUser = { ...leader, id: "00000000-0000-4000-8000-0000000000ab", unitId: nationalId, username: "cucql", name: "Lãnh đạo Cục Quản lý" };
    const province = (await getResults(handle.db, leader, { year: 2021, asOf: "2021-09-30" })).root;
    const root = ResultsResponseSchema.parse(await getResults(handle.db, national, { year: 2021, asOf: "2021-09-30" })).root;
    expect(root).toMatchObject({ kind: "national", code: "CQL.THADS", caseRate: 83.99, moneyRate: 44.26 });
    expect(root.children.map((node) => node.kind)).toEqual(["province"]);
    const [only] = root.children;
    expect(only?.figures).toEqual(province.figures);
    expect(only?.children.map((office) => office.figures)).toEqual(province.children.map((office) => office.figures));
    expect(only?.children.every((office) => office.children.length === 0)).toBe(true);
    const opened = (await getResults(handle.db, national, { year: 2021, asOf: "2021-09-30", unit: province.id })).root;
    expect(opened).toMatchObject({ kind: "province", id: province.id, caseRate: 83.99 });
    expect(opened.children[0]?.children.length).toBeGreaterThan(0);
    await expect(getResults(handle.db, { ...national, role: "supervisor" }, { year: 2021 })).rejects.toMatchObject({ status: 403 });
  }, 120_000);
});
