import type { APIRequestContext } from "@playwright/test";
import { OPEN_CASE_STATUSES, PullResponseSchema, isCaseOpen, type PullResponse } from "../lib/domain/sync-protocol";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// GET /api/sync/pull: the officer's phone takes its open assigned cases, page by page, and nobody else may
// call it (architecture §5–§6). Responses are checked against the shared contract the app parses them with.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "supervisor", "leader", "admin"];

const contexts = new Map<Caller, APIRequestContext>();
let officerId = "";

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) {
    contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
  }
  const session = (await (await ctx("officer").get("/api/auth/session")).json()) as { user: { id: string } };
  officerId = session.user.id;
  expect(officerId).not.toBe("");
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

async function pull(url: string): Promise<PullResponse> {
  const response = await ctx("officer").get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  return PullResponseSchema.parse(await response.json());
}

test("an officer's snapshot holds exactly their open assigned cases, once each, in id order", async () => {
  const ids: string[] = [];
  let url = "/api/sync/pull?limit=40"; // several pages for the demo officer (~100 open cases)
  for (let page = 0; page < 20; page += 1) {
    const body = await pull(url);
    expect(body).toMatchObject({ protocol: 1, snapshot: true, removedCaseIds: [] });
    for (const detail of body.cases) {
      expect(detail.case.assignedOfficerId).toBe(officerId);
      expect(detail.assignedOfficer?.id).toBe(officerId);
      expect(isCaseOpen(detail.case.status), `${detail.case.id} is ${detail.case.status}`).toBe(true);
      expect(detail.unit.code).toBe(ACCOUNTS.officer.office);
      ids.push(detail.case.id);
    }
    if (!body.hasMore) break;
    url = `/api/sync/pull?limit=40&cursor=${encodeURIComponent(body.cursor)}`;
  }
  expect(ids.length).toBeGreaterThan(10);
  expect(ids).toEqual([...ids].sort());
  expect(new Set(ids).size).toBe(ids.length);

  // The case list, filtered by each open status, counts the same set from the other side.
  let openTotal = 0;
  for (const status of OPEN_CASE_STATUSES) {
    const response = await ctx("officer").get(`/api/cases?status=${status}&pageSize=1`);
    expect(response.status()).toBe(200);
    openTotal += ((await response.json()) as { total: number }).total;
  }
  expect(ids.length).toBe(openTotal);
});

test("two pages of 5 are full, disjoint and follow each other", async () => {
  const first = await pull("/api/sync/pull?limit=5");
  const second = await pull(`/api/sync/pull?limit=5&cursor=${encodeURIComponent(first.cursor)}`);
  const firstIds = first.cases.map((detail) => detail.case.id);
  const secondIds = second.cases.map((detail) => detail.case.id);
  expect(firstIds).toHaveLength(5);
  expect(secondIds).toHaveLength(5);
  expect(first.hasMore).toBe(true);
  expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
  expect([...firstIds, ...secondIds]).toEqual([...firstIds, ...secondIds].sort());
  expect(second.cursor).not.toBe(first.cursor);
});

const refusals: { caller: Caller; status: number }[] = [
  { caller: "anonymous", status: 401 },
  { caller: "supervisor", status: 403 },
  { caller: "leader", status: 403 },
  { caller: "admin", status: 403 },
];

for (const { caller, status } of refusals) {
  test(`GET /api/sync/pull as ${caller} → ${status}`, async () => {
    const response = await ctx(caller).get("/api/sync/pull");
    expect(response.status()).toBe(status);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status, code: status === 401 ? "unauthenticated" : "forbidden" });
  });
}

const badInputs: { name: string; query: string; field: string }[] = [
  { name: "limit 0", query: "limit=0", field: "query.limit" },
  { name: "limit above 500", query: "limit=501", field: "query.limit" },
  { name: "limit not a number", query: "limit=abc", field: "query.limit" },
  { name: "limit fractional", query: "limit=2.5", field: "query.limit" },
  { name: "limit repeated", query: "limit=5&limit=6", field: "query.limit" },
  { name: "unknown parameter", query: "after=2026-01-01", field: "query" },
  { name: "since is a date", query: "since=2026-01-01", field: "query.since" },
  { name: "since negative", query: "since=-1", field: "query.since" },
  { name: "since fractional", query: "since=1.5", field: "query.since" },
  { name: "since repeated", query: "since=1&since=2", field: "query.since" },
  { name: "since beyond 15 digits", query: `since=${"9".repeat(16)}`, field: "query.since" },
  { name: "garbage cursor", query: "cursor=not-a-cursor", field: "query.cursor" },
  { name: "cursor of JSON that is not ours", query: `cursor=${Buffer.from('{"v":9,"after":null}').toString("base64url")}`, field: "query.cursor" },
  { name: "cursor too long", query: `cursor=${"x".repeat(201)}`, field: "query.cursor" },
  { name: "empty cursor", query: "cursor=", field: "query.cursor" },
];

for (const probe of badInputs) {
  test(`GET /api/sync/pull?${probe.query.slice(0, 40)} — ${probe.name} → 400`, async () => {
    const response = await ctx("officer").get(`/api/sync/pull?${probe.query}`);
    expect(response.status()).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    const problem = (await response.json()) as { status: number; code: string; errors?: { path: string; message: string }[] };
    expect(problem).toMatchObject({ status: 400, code: "validation_failed" });
    const paths = (problem.errors ?? []).map((error) => error.path);
    expect(paths.some((path) => path.startsWith(probe.field)), `errors at ${probe.field}: ${paths.join(", ")}`).toBe(true);
    for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
  });
}

test("each answer carries a page of the officer's record stream, in serverSeq order, independent of the cases", async () => {
  const all = await pull("/api/sync/pull?limit=500");
  expect(all.recordsSince).toBe(all.records.at(-1)?.serverSeq ?? 0);
  // Other specs review some of these records: a decision travels with its record, a return with its reason.
  for (const record of all.records) {
    if (record.reviewState === "submitted") expect(record.review).toBeNull();
    if (record.reviewState === "returned") expect(record.review?.reason?.text.length).toBeGreaterThan(0);
    if (record.reviewState === "approved") expect(record.review).toMatchObject({ reason: null });
  }
  // A mark past the end: no records, the same mark back, and the cases page is unaffected.
  const past = await pull(`/api/sync/pull?limit=5&since=${all.recordsSince + 1_000_000}`);
  expect(past).toMatchObject({ records: [], recordsSince: all.recordsSince + 1_000_000, recordsHaveMore: false, hasMore: true });
  expect(past.cases).toHaveLength(5);
});

test("the pull does not take POST", async () => {
  const response = await ctx("officer").post("/api/sync/pull", { data: {} });
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("GET");
});
