import type { APIRequestContext } from "@playwright/test";
import { ResultsResponseSchema, TargetsResponseSchema } from "../lib/domain/api/results";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// GET /api/results and /api/targets (issue #6): strict queries, the scope of each role, and the demo province
// reproducing the Hải Dương 2021 report. Targets are set on a far year, so the 2021 figures stay as seeded.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "supervisor", "foreignSupervisor", "leader", "admin"];
const contexts = new Map<Caller, APIRequestContext>();

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
});
test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test("the leader sees the province as of 30/09/2021: 83,99% (vượt 1,49%) and 44,26% (vượt 4,16%)", async () => {
  const response = await ctx("leader").get("/api/results?year=2021&asOf=2021-09-30");
  expect(response.status()).toBe(200);
  const { root, start, end } = ResultsResponseSchema.parse(await response.json());
  expect([start, end]).toEqual(["2020-10-01", "2021-09-30"]);
  expect(root).toMatchObject({ kind: "province", caseRate: 83.99, caseGap: 1.49, moneyRate: 44.26, moneyGap: 4.16 });
  expect(root.children.filter((office) => (office.moneyGap ?? 0) < 0)).toHaveLength(3);
});

test("each role sees its own scope: the head their office, the officer their own node", async () => {
  const head = ResultsResponseSchema.parse(await (await ctx("supervisor").get("/api/results?year=2021&asOf=2021-09-30")).json()).root;
  expect(head).toMatchObject({ kind: "office", code: ACCOUNTS.supervisor.office });
  const foreign = ResultsResponseSchema.parse(await (await ctx("foreignSupervisor").get("/api/results?year=2021&asOf=2021-09-30")).json()).root;
  expect(foreign).toMatchObject({ kind: "office", code: ACCOUNTS.foreignSupervisor.office });
  const officer = ResultsResponseSchema.parse(await (await ctx("officer").get("/api/results?year=2021&asOf=2021-09-30")).json()).root;
  expect(officer).toMatchObject({ kind: "officer", children: [] });
  expect(head.children.map((node) => node.id)).toContain(officer.id);
  expect((await ctx("supervisor").get(`/api/results?year=2021&unit=${foreign.id}`)).status()).toBe(403);
  expect((await ctx("anonymous").get("/api/results?year=2021")).status()).toBe(401);
});

test("bad queries are a 400 on the field", async () => {
  const bad: [string, string][] = [
    ["", "query.year"],
    ["year=abc", "query.year"],
    ["year=1999", "query.year"],
    ["year=2021&asOf=30/09/2021", "query.asOf"],
    ["year=2021&asOf=2021-10-01", "query.asOf"],
    ["year=2021&unit=office-1", "query.unit"],
    ["year=2021&year=2022", "query.year"],
    ["year=2021&extra=1", "query"],
  ];
  for (const [query, path] of bad) {
    const response = await ctx("leader").get(`/api/results?${query}`);
    expect(response.status(), query).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.some((error) => error.path.startsWith(path)), query).toBe(true);
  }
});

test("targets: the leader sets an office's, the others inherit the province's; heads and officers cannot", async () => {
  const head = ResultsResponseSchema.parse(await (await ctx("supervisor").get("/api/results?year=2021&asOf=2021-09-30")).json()).root;
  const provinceId = ResultsResponseSchema.parse(await (await ctx("leader").get("/api/results?year=2021&asOf=2021-09-30")).json()).root.id;
  expect((await ctx("leader").put("/api/targets", { data: { year: 2030, unitId: provinceId, caseRate: 84, moneyRate: 52.5 } })).status()).toBe(200);
  const set = await ctx("leader").put("/api/targets", { data: { year: 2030, unitId: head.id, caseRate: 85.25, moneyRate: 55 } });
  expect(set.status()).toBe(200);
  const { targets } = TargetsResponseSchema.parse(await set.json());
  expect(targets.find((row) => row.unitId === head.id)).toMatchObject({ caseRate: 85.25, moneyRate: 55, inherited: false });
  expect(targets.filter((row) => row.unitId !== head.id && row.unitId !== provinceId).every((row) => row.caseRate === 84 && row.inherited)).toBe(true);
  for (const caller of ["supervisor", "officer"] as const) {
    expect((await ctx(caller).put("/api/targets", { data: { year: 2030, unitId: head.id, caseRate: 99, moneyRate: 99 } })).status(), caller).toBe(403);
  }
  for (const data of [{ year: 2030, unitId: head.id, caseRate: 101, moneyRate: 50 }, { year: 2030, unitId: head.id, caseRate: 82.555, moneyRate: 50 }, { year: 2030, unitId: head.id, caseRate: 82.5 }]) {
    expect((await ctx("leader").put("/api/targets", { data })).status(), JSON.stringify(data)).toBe(400);
  }
});
