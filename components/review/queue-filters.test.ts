import { expect, test } from "vitest";
import { ReviewQueueQuerySchema } from "@/lib/domain/api/review";
import { DEFAULT_QUEUE_FILTERS, filtersFromSearch, filtersProblem, filtersToApiQuery, filtersToSearch, type QueueFilters, withFilter } from "./queue-filters";

const OFFICER = "6a1d3b5c-2e4f-4a6b-8c9d-0e1f2a3b4c5d";
const FULL: QueueFilters = { state: "returned", type: "xac_minh", officerId: OFFICER, from: "2026-07-01", to: "2026-07-31", isOverdueOnly: true, page: 3 };

test("the plain /review is the default view: waiting records, page 1", () => {
  expect(filtersFromSearch(new URLSearchParams())).toEqual(DEFAULT_QUEUE_FILTERS);
  expect(filtersToSearch(DEFAULT_QUEUE_FILTERS).toString()).toBe("");
});

test("filters survive a round trip through the page URL", () => {
  expect(filtersFromSearch(filtersToSearch(FULL))).toEqual(FULL);
  const everyState = { ...DEFAULT_QUEUE_FILTERS, state: null };
  expect(filtersToSearch(everyState).toString()).toBe("state=all");
  expect(filtersFromSearch(filtersToSearch(everyState))).toEqual(everyState);
});

test("a hand-typed URL with bad parts falls back to the defaults for those parts", () => {
  const filters = filtersFromSearch(new URLSearchParams("state=nope&type=x&officerId=1&from=2026-02-30&to=31/07/2026&overdue=yes&page=-2"));
  expect(filters).toEqual(DEFAULT_QUEUE_FILTERS);
  expect(filtersFromSearch(new URLSearchParams("page=2.5")).page).toBe(1);
});

test("the API query is accepted by the contract's strict schema", () => {
  const query = filtersToApiQuery(FULL);
  expect(query.get("state")).toBe("returned");
  expect(query.get("overdue")).toBe("true");
  expect(query.get("pageSize")).toBe("25");
  const parsed = ReviewQueueQuerySchema.safeParse(Object.fromEntries(query));
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toMatchObject({ state: "returned", type: "xac_minh", officerId: OFFICER, overdue: true, page: 3, pageSize: 25 });
});

test("every state is an absent state for the API; overdue off is not sent", () => {
  const query = filtersToApiQuery({ ...DEFAULT_QUEUE_FILTERS, state: null });
  expect(query.has("state")).toBe(false);
  expect(query.has("overdue")).toBe(false);
  expect(ReviewQueueQuerySchema.safeParse(Object.fromEntries(query)).success).toBe(true);
});

test("changing a filter goes back to page 1", () => {
  expect(withFilter(FULL, { type: "thong_bao" })).toEqual({ ...FULL, type: "thong_bao", page: 1 });
});

test("a date range that ends before it starts is refused before it is sent", () => {
  expect(filtersProblem({ ...FULL, from: "2026-08-01" })).toEqual({ field: "to", message: "Ngày bắt đầu phải trước ngày kết thúc" });
  expect(filtersProblem(FULL)).toBeNull();
  expect(filtersProblem({ ...FULL, to: null })).toBeNull();
});
