import type { APIRequestContext } from "@playwright/test";
import { uuidv7 } from "uuidv7";
import { AuditVerifyResponseSchema, ReviewDecisionResponseSchema, ReviewQueueResponseSchema, ReviewRecordViewSchema } from "../lib/domain/api/review";
import { computeContentHash } from "../lib/domain/records/content-hash";
import type { FieldRecord } from "../lib/domain/records/field-record";
import { buildFieldRecord, buildServicePayload } from "../lib/domain/records/fixtures";
import { PullResponseSchema } from "../lib/domain/sync-protocol";
import { PushResponseSchema } from "../lib/domain/sync-push";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// The review API (issue #5) and its authorization matrix: the head of the record's office decides; the head of
// another office (Chí Linh) cannot decide a TP Hải Dương record; officers decide nothing; leaders only read;
// only the admin verifies the audit chain. Each run pushes new records, so the spec can run again.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "foreignOfficer", "supervisor", "foreignSupervisor", "leader", "admin"];
const contexts = new Map<Caller, APIRequestContext>();
let officerId = "";
let caseId = "";

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
  officerId = ((await (await ctx("officer").get("/api/auth/session")).json()) as { user: { id: string } }).user.id;
  caseId = PullResponseSchema.parse(await (await ctx("officer").get("/api/sync/pull?limit=1")).json()).cases[0]?.case.id ?? "";
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

async function pushNew(): Promise<FieldRecord> {
  const built = buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("buu_dien") }, { id: uuidv7(), caseId, authorId: officerId, deviceId: "e2e-review-device", state: "final" });
  const record = { ...built, contentHash: await computeContentHash(built) };
  const response = await ctx("officer").post("/api/sync/push", { data: { protocol: 1, deviceId: "e2e-review-device", mutations: [{ id: record.id, type: "record.submit", record }] } });
  expect(PushResponseSchema.parse(await response.json()).results[0]?.status).toBe("applied");
  return record;
}

const RETURN = { decision: "return", reason: { category: "thieu_chu_ky", text: "Thiếu chữ ký người chứng kiến" } };

test("who may decide: only the head of the record's office; a decided record cannot be decided again (409)", async () => {
  const record = await pushNew();
  const expected: Partial<Record<Caller, number>> = { anonymous: 401, officer: 403, foreignOfficer: 403, supervisor: 200, foreignSupervisor: 403, leader: 403, admin: 403 };
  for (const caller of CALLERS.filter((c) => c !== "supervisor")) {
    const response = await ctx(caller).post(`/api/review/${record.id}`, { data: { decision: "approve" } });
    expect(response.status(), caller).toBe(expected[caller]);
    expect(response.headers()["content-type"], caller).toContain("application/problem+json");
  }
  const approved = await ctx("supervisor").post(`/api/review/${record.id}`, { data: { decision: "approve" } });
  expect(approved.status()).toBe(200);
  expect(ReviewDecisionResponseSchema.parse(await approved.json())).toMatchObject({ id: record.id, reviewState: "approved" });
  for (const body of [{ decision: "approve" }, RETURN]) {
    const again = await ctx("supervisor").post(`/api/review/${record.id}`, { data: body });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { detail: string }).detail).toContain("đã được duyệt");
  }
});

test("bad decisions are a 400 with field errors; an unknown record a 404", async () => {
  const record = await pushNew();
  const cases: [string, unknown, string][] = [
    ["no decision", {}, "body.decision"],
    ["unknown decision", { decision: "reject" }, "body.decision"],
    ["return without a reason", { decision: "return" }, "body.reason"],
    ["reason without category", { decision: "return", reason: { text: "Thiếu chữ ký" } }, "body.reason.category"],
    ["reason too short", { decision: "return", reason: { category: "khac", text: "x" } }, "body.reason.text"],
    ["unknown field", { decision: "approve", note: "ok" }, "body"],
  ];
  for (const [label, data, path] of cases) {
    const response = await ctx("supervisor").post(`/api/review/${record.id}`, { data });
    expect(response.status(), label).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path).some((p) => p.startsWith(path)), label).toBe(true);
  }
  expect((await ctx("supervisor").post("/api/review/not-a-uuid", { data: { decision: "approve" } })).status()).toBe(400);
  expect((await ctx("supervisor").post(`/api/review/${uuidv7()}`, { data: { decision: "approve" } })).status()).toBe(404);
  expect((await ctx("supervisor").get(`/api/review/${record.id}`)).status()).toBe(405);
});

test("the queue: the office for its head, the province read-only for the leader, nothing for Chí Linh's head", async () => {
  const record = await pushNew();
  const mine = ReviewQueueResponseSchema.parse(await (await ctx("supervisor").get("/api/review/queue?state=submitted&pageSize=200")).json());
  expect(mine.canDecide).toBe(true);
  expect(mine.items.map((item) => item.id)).toContain(record.id);
  const leader = ReviewQueueResponseSchema.parse(await (await ctx("leader").get("/api/review/queue?state=submitted&pageSize=200")).json());
  expect(leader.canDecide).toBe(false);
  expect(leader.items.map((item) => item.id)).toContain(record.id);
  const foreign = ReviewQueueResponseSchema.parse(await (await ctx("foreignSupervisor").get("/api/review/queue?pageSize=200")).json());
  expect(foreign.items.map((item) => item.id)).not.toContain(record.id);
  for (const caller of ["officer", "admin"] as const) expect((await ctx(caller).get("/api/review/queue")).status(), caller).toBe(403);
  expect((await ctx("anonymous").get("/api/review/queue")).status()).toBe(401);
  for (const query of ["state=done", "overdue=yes", "from=2026-13-01", "from=2026-12-02&to=2026-12-01", "pageSize=201", "unknown=1"]) {
    expect((await ctx("supervisor").get(`/api/review/queue?${query}`)).status(), query).toBe(400);
  }
});

test("the record view is for the office's head and the leader, and every view is audited", async () => {
  const record = await pushNew();
  await ctx("supervisor").post(`/api/review/${record.id}`, { data: RETURN });
  const view = ReviewRecordViewSchema.parse(await (await ctx("supervisor").get(`/api/review/records/${record.id}`)).json());
  expect(view).toMatchObject({ reviewState: "returned", canDecide: false, integrity: { isIntact: true } });
  expect(view.reviews).toMatchObject([{ decision: "return", reason: RETURN.reason }]);
  expect((await ctx("leader").get(`/api/review/records/${record.id}`)).status()).toBe(200);
  for (const caller of ["foreignSupervisor", "officer", "admin"] as const) expect((await ctx(caller).get(`/api/review/records/${record.id}`)).status(), caller).toBe(403);
  const again = ReviewRecordViewSchema.parse(await (await ctx("supervisor").get(`/api/review/records/${record.id}`)).json());
  expect(again.audit.filter((entry) => entry.action === "record.view").map((entry) => entry.actor?.name)).toHaveLength(3);
});

test("only the admin verifies the audit chain, and it is whole", async () => {
  await pushNew();
  const response = await ctx("admin").get("/api/audit/verify");
  expect(response.status()).toBe(200);
  const result = AuditVerifyResponseSchema.parse(await response.json());
  expect(result).toMatchObject({ ok: true });
  expect(result.entries).toBeGreaterThan(1);
  for (const caller of ["officer", "supervisor", "leader"] as const) expect((await ctx(caller).get("/api/audit/verify")).status(), caller).toBe(403);
  expect((await ctx("anonymous").get("/api/audit/verify")).status()).toBe(401);
});
