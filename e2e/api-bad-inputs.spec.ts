import type { APIRequestContext } from "@playwright/test";
import { apiAs, expect, test } from "./fixtures";

// Bad input always gets a 4xx problem+json with field-level messages — never a 5xx (issue #2).
let supervisor: APIRequestContext;

test.beforeAll(async ({ baseURL }) => {
  supervisor = await apiAs(baseURL ?? "", "cct.tphd");
});

test.afterAll(async () => {
  await supervisor.dispose();
});

const longText = "x".repeat(5000);
const hugeBody = "a".repeat(3 * 1024 * 1024);

const cases: { name: string; method: "GET" | "POST" | "PUT" | "DELETE"; url: string; status: number; field?: string; body?: string }[] = [
  { name: "page is not a number", method: "GET", url: "/api/cases?page=abc", status: 400, field: "query.page" },
  { name: "page below 1", method: "GET", url: "/api/cases?page=0", status: 400, field: "query.page" },
  { name: "page is fractional", method: "GET", url: "/api/cases?page=1.5", status: 400, field: "query.page" },
  { name: "page size too large", method: "GET", url: "/api/cases?pageSize=100000", status: 400, field: "query.pageSize" },
  { name: "unknown query field", method: "GET", url: "/api/cases?sort=debtor", status: 400, field: "query" },
  { name: "repeated query field", method: "GET", url: "/api/cases?page=1&page=2", status: 400, field: "query.page" },
  { name: "search text too long", method: "GET", url: `/api/cases?q=${longText}`, status: 400, field: "query.q" },
  { name: "unknown status", method: "GET", url: "/api/cases?status=bogus", status: 400, field: "query.status" },
  { name: "case id is not a UUID", method: "GET", url: "/api/cases/123", status: 400, field: "params.id" },
  { name: "case id is SQL", method: "GET", url: "/api/cases/'%20OR%201=1--", status: 400, field: "params.id" },
  { name: "case id is very long", method: "GET", url: `/api/cases/${longText}`, status: 400, field: "params.id" },
  { name: "case list does not take POST", method: "POST", url: "/api/cases", status: 405, body: "{}" },
  { name: "huge body to the case list", method: "POST", url: "/api/cases", status: 405, body: hugeBody },
  { name: "case does not take PUT", method: "PUT", url: "/api/cases/00000000-0000-4000-8000-000000000000", status: 405, body: '{"status":"dinh_chi"}' },
  { name: "case does not take DELETE", method: "DELETE", url: "/api/cases/00000000-0000-4000-8000-000000000000", status: 405 },
  { name: "health does not take POST", method: "POST", url: "/api/health", status: 405, body: hugeBody },
];

for (const probe of cases) {
  test(`${probe.method} ${probe.url.slice(0, 60)} — ${probe.name} → ${probe.status}`, async () => {
    const response = await supervisor.fetch(probe.url, {
      method: probe.method,
      data: probe.body,
      headers: probe.body ? { "content-type": "application/json" } : undefined,
    });
    expect(response.status()).toBe(probe.status);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    const problem = (await response.json()) as { status: number; title: string; code: string; errors?: { path: string; message: string }[] };
    expect(problem.status).toBe(probe.status);
    expect(problem.title.length).toBeGreaterThan(0);
    if (probe.field) {
      const paths = (problem.errors ?? []).map((error) => error.path);
      expect(paths.some((path) => path.startsWith(probe.field ?? "")), `errors at ${probe.field}: ${paths.join(", ")}`).toBe(true);
      for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
    }
  });
}

test("an unauthenticated caller gets 401 problem+json before any parsing", async ({ baseURL }) => {
  const anonymous = await apiAs(baseURL ?? "", null);
  const response = await anonymous.get("/api/cases?page=abc");
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ status: 401, code: "unauthenticated" });
  await anonymous.dispose();
});
