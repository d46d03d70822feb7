import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ResultCasesQuerySchema, ResultCasesResponseSchema, type ResultCasesQueryInput, type ResultCasesResponse } from "@/lib/domain/api/result-cases";
import type { ResultNode } from "@/lib/domain/api/results";
import { figureValue, type FigureKey } from "@/lib/domain/statistics/figure-keys";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { cases, units, users } from "../db/schema";
import { insertDemoProvince } from "../seed/insert-demo-province";
import { getResults } from "./get-results";
import { listResultCases } from "./list-result-cases";

// The lists behind the numbers of the results must agree with the numbers: same scope, same figures, on the
// demo province (Hải Dương, report year 2021), with a few cases of TP Hải Dương left without an officer so the
// « unassigned » group exists.

const PERIOD = { year: 2021, asOf: "2021-09-30" } as const;

async function sessionOf(handle: DbHandle, username: string): Promise<SessionUser> {
  const [row] = await handle.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return { id: row.id, role: row.role, unitId: row.unitId, name: row.displayName, username: row.username };
}

/** Every page of a list, checked against the contract; the ids in order. */
async function allIds(handle: DbHandle, user: SessionUser, query: ResultCasesQueryInput): Promise<{ first: ResultCasesResponse; ids: string[] }> {
  const first = ResultCasesResponseSchema.parse(await listResultCases(handle.db, user, ResultCasesQuerySchema.parse(query)));
  const ids = first.items.map((item) => item.id);
  for (let page = 2; (page - 1) * first.pageSize < first.total; page += 1) {
    const next = await listResultCases(handle.db, user, ResultCasesQuerySchema.parse({ ...query, page }));
    ids.push(...next.items.map((item) => item.id));
  }
  return { first, ids };
}

describe.each(testDatabases)("lists behind the results on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let leader: SessionUser;
  let head: SessionUser;
  let province: ResultNode;
  beforeAll(async () => {
    handle = await target.open();
    await insertDemoProvince(handle.db);
    const [tphd] = await handle.db.select().from(units).where(eq(units.code, "HD.TPHD"));
    const three = await handle.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.unitId, tphd?.id ?? ""), gte(cases.acceptedDate, "2020-10-01"), lte(cases.acceptedDate, "2021-09-30")))
      .limit(3);
    await handle.db.update(cases).set({ assignedOfficerId: null }).where(inArray(cases.id, three.map((row) => row.id)));
    leader = await sessionOf(handle, "lanhdao");
    head = await sessionOf(handle, "cct.tphd");
    province = (await getResults(handle.db, leader, PERIOD)).root;
  }, 240_000);
  afterAll(async () => {
    await handle?.dispose();
  });

  test("the province: the list of each count figure has exactly the figure's cases; a money list adds up to its figure", async () => {
    const derived = { ...province.figures, done: province.figures.finished + province.figures.terminated, carriedForward: province.carriedForward, moneyDone: province.moneyDone };
    for (const figure of ["withConditions", "done", "transferredOut"] as const) {
      const list = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure }));
      expect(list.total, figure).toBe(derived[figure]);
      expect(list.amountTotal).toBeNull();
      expect(list.unit).toMatchObject({ id: province.id, kind: "province" });
    }
    expect(derived.withConditions).toBeGreaterThan(1000);
    for (const figure of ["moneyDone", "moneyWithConditions"] as const) {
      const list = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure }));
      expect(list.amountTotal, figure).toBe(derived[figure]);
      expect(list.total).toBeGreaterThan(0);
    }
    const byKind = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "toEnforce", kind: "chu_dong" }));
    expect(byKind.total).toBe(province.byKind.chuDong.figures.toEnforce);
    expect(byKind.total).toBeLessThan(province.figures.toEnforce);
  }, 240_000);

  test("one office and its officers, the unassigned cases included, page by page in a stable order", async () => {
    const office = province.children.find((node) => node.code === "HD.TPHD");
    if (!office) throw new Error("no HD.TPHD in the results");
    const unassigned = office.children.find((node) => node.id === office.id);
    expect(unassigned?.figures.newlyAccepted).toBe(3);
    const officer = office.children.find((node) => node.id !== office.id && node.carriedForward > 0);
    if (!officer || !unassigned) throw new Error("no officer node");

    const checks: [{ unit: string; officer?: string }, FigureKey, ResultNode][] = [
      [{ unit: office.id }, "toEnforce", office],
      [{ unit: office.id, officer: officer.id }, "carriedForward", officer],
      [{ unit: office.id, officer: "unassigned" }, "newlyAccepted", unassigned],
      [{ unit: office.id, officer: "unassigned" }, "carriedOver", unassigned],
    ];
    for (const [scope, figure, node] of checks) {
      const { first, ids } = await allIds(handle, leader, { ...PERIOD, ...scope, figure });
      const expected = figure === "carriedForward" ? node.carriedForward : figureValue(node.figures, figure);
      expect(first.total, `${figure} of ${node.name}`).toBe(expected);
      expect(new Set(ids).size, `${figure} of ${node.name}`).toBe(expected);
    }
    const { first, ids } = await allIds(handle, leader, { ...PERIOD, unit: office.id, figure: "toEnforce" });
    expect(first.items).toHaveLength(50);
    expect(first.items.every((item) => item.unit.code === "HD.TPHD")).toBe(true);
    const again = await allIds(handle, leader, { ...PERIOD, unit: office.id, figure: "toEnforce" });
    expect(again.ids).toEqual(ids);
    const mine = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, unit: office.id, officer: officer.id, figure: "toEnforce" }));
    expect(mine.officer).toEqual({ id: officer.id, name: officer.name });
    expect(mine.items.every((item) => item.officer?.id === officer.id)).toBe(true);
  }, 240_000);

  test("each row says its status as of the date, in Vietnamese, and the money behind the figure", async () => {
    const finished = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "finished" }));
    expect(finished.items.every((item) => item.status === "thi_hanh_xong" && item.statusLabel === "Thi hành xong")).toBe(true);
    const without = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "withoutConditions" }));
    expect(without.items.every((item) => ["chua_co_dieu_kien", "hoan", "tam_dinh_chi"].includes(item.status))).toBe(true);
    expect(without.items.some((item) => /\(điểm [a-hđ]\)$/.test(item.statusLabel))).toBe(true);
    const collected = await listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "moneyCollected" }));
    expect(collected.items.every((item) => item.money.collected > 0 && item.money.done >= item.money.collected)).toBe(true);
    expect(collected.items[0]?.debtorName).not.toBe("");
    expect(collected.items[0]?.decisionNumber).toMatch(/\//);
  }, 240_000);

  test("scope: a head their office by default and no other; an officer only their own cases", async () => {
    const headRoot = (await getResults(handle.db, head, PERIOD)).root;
    const headList = await listResultCases(handle.db, head, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "withConditions" }));
    expect(headList.unit).toMatchObject({ id: headRoot.id, kind: "office", code: "HD.TPHD" });
    expect(headList.total).toBe(headRoot.figures.withConditions);
    const [chiLinh] = await handle.db.select().from(units).where(eq(units.code, "HD.CHILINH"));
    await expect(listResultCases(handle.db, head, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "withConditions", unit: chiLinh?.id }))).rejects.toMatchObject({ status: 403 });
    const [foreignOfficer] = await handle.db.select().from(users).where(and(eq(users.unitId, chiLinh?.id ?? ""), eq(users.role, "officer"))).limit(1);
    await expect(listResultCases(handle.db, head, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "toEnforce", officer: foreignOfficer?.id }))).rejects.toMatchObject({ status: 404 });

    const officer = await sessionOf(handle, "chv.tphd");
    const own = (await getResults(handle.db, officer, PERIOD)).root;
    const ownList = await listResultCases(handle.db, officer, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "done" }));
    expect(ownList.total).toBe(own.figures.finished + own.figures.terminated);
    expect(ownList.officer).toEqual({ id: officer.id, name: officer.name });
    const colleague = await sessionOf(handle, "chv2.tphd");
    for (const query of [{ officer: colleague.id }, { officer: "unassigned" }, { unit: chiLinh?.id }]) {
      await expect(listResultCases(handle.db, officer, ResultCasesQuerySchema.parse({ ...PERIOD, figure: "done", ...query })), JSON.stringify(query)).rejects.toMatchObject({ status: 403 });
    }
  }, 240_000);

  test("bad queries are refused on the field (400), a date outside the report year too", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ year: "2021" }, "figure"],
      [{ year: "2021", figure: "rate" }, "figure"],
      [{ year: "abc", figure: "done" }, "year"],
      [{ year: "2021", figure: "done", kind: "both" }, "kind"],
      [{ year: "2021", figure: "done", officer: "nobody" }, "officer"],
      [{ year: "2021", figure: "done", unit: "office-1" }, "unit"],
      [{ year: "2021", figure: "done", page: "0" }, "page"],
      [{ year: "2021", figure: "done", asOf: "30/09/2021" }, "asOf"],
      [{ year: "2021", figure: "done", pageSize: "10" }, ""],
    ];
    for (const [query, path] of bad) {
      const parsed = ResultCasesQuerySchema.safeParse(query);
      expect(parsed.success, JSON.stringify(query)).toBe(false);
      expect(parsed.error?.issues.some((issue) => (issue.path[0] ?? "") === path || (path === "" && issue.code === "unrecognized_keys")), JSON.stringify(query)).toBe(true);
    }
    await expect(listResultCases(handle.db, leader, ResultCasesQuerySchema.parse({ year: 2021, asOf: "2021-10-01", figure: "done" }))).rejects.toMatchObject({ status: 400, errors: [{ path: "query.asOf" }] });
  });
});
