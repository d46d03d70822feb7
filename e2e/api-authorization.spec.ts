import type { APIRequestContext } from "@playwright/test";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// Every route × every role × a foreign unit (issue #2). A case of TP Hải Dương assigned to chv.tphd is the
// probe: its officer, its office's supervisor and the province may read it; another officer of the same office,
// the officer and the supervisor of Chí Linh may not — and get 404, exactly as for a missing case.
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", ...(Object.keys(ACCOUNTS) as AccountKey[])];

const contexts = new Map<Caller, APIRequestContext>();
let probeCaseId = "";

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) {
    contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
  }
  const mine = await ctx("officer").get("/api/cases?pageSize=1");
  expect(mine.status()).toBe(200);
  const body = (await mine.json()) as { items: { id: string }[] };
  probeCaseId = body.items[0]?.id ?? "";
  expect(probeCaseId).not.toBe("");
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

const caseReadExpectations: Record<Caller, number> = {
  anonymous: 401,
  officer: 200,
  officer2: 404,
  supervisor: 200,
  foreignOfficer: 404,
  foreignSupervisor: 404,
  leader: 200,
  admin: 200,
};

for (const caller of CALLERS) {
  test(`GET /api/health as ${caller} → 200`, async () => {
    const response = await ctx(caller).get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", db: expect.stringMatching(/^(pglite|postgres)$/) });
  });

  test(`GET /api/cases/{TP Hải Dương case} as ${caller} → ${caseReadExpectations[caller]}`, async () => {
    const response = await ctx(caller).get(`/api/cases/${probeCaseId}`);
    expect(response.status()).toBe(caseReadExpectations[caller]);
    if (response.status() !== 200) {
      expect(response.headers()["content-type"]).toContain("application/problem+json");
      return;
    }
    const body = (await response.json()) as { case: { id: string; statusHistory: unknown[] }; unit: { code: string } };
    expect(body.case.id).toBe(probeCaseId);
    expect(body.unit.code).toBe("HD.TPHD");
    expect(body.case.statusHistory.length).toBeGreaterThan(0);
  });

  test(`GET /api/cases as ${caller} is limited to the caller's scope`, async () => {
    const response = await ctx(caller).get("/api/cases?pageSize=200");
    if (caller === "anonymous") {
      expect(response.status()).toBe(401);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
      return;
    }
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { total: number; items: { unit: { code: string }; assignedOfficer: { id: string } | null }[] };
    expect(body.items.length).toBeGreaterThan(0);
    const account = ACCOUNTS[caller];
    if (account.office) {
      for (const item of body.items) expect(item.unit.code).toBe(account.office);
    }
    if (caller === "officer" || caller === "officer2" || caller === "foreignOfficer") {
      const session = (await (await ctx(caller).get("/api/auth/session")).json()) as { user: { id: string } };
      for (const item of body.items) expect(item.assignedOfficer?.id).toBe(session.user.id);
    }
    if (caller === "leader" || caller === "admin") {
      expect(new Set(body.items.map((item) => item.unit.code.split(".")[0]))).toEqual(new Set(["HD"]));
      expect(body.total).toBeGreaterThan(9000);
    }
  });
}

test("a case that does not exist answers 404 like a foreign one", async () => {
  const response = await ctx("leader").get("/api/cases/00000000-0000-4000-8000-000000000000");
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ status: 404, code: "not_found" });
});
