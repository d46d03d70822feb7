import { expect, test } from "vitest";
import { moneyColumnsFor } from "./money-columns";
import { apiSearchOf, figureOfSearch, pageHref, resultCasesHref, resultsHref } from "./result-cases-query";
import { listTitle, listTotal } from "./result-cases-title";

const PERIOD = { year: 2021, asOf: "2021-09-30" };
const OFFICE = "00000000-0000-4000-8000-000000000001";

test("a number links to its list with the period, the unit and the officer; a zero links nowhere", () => {
  expect(resultCasesHref(PERIOD, { unit: OFFICE, officer: "unassigned" }, "finished", 12)).toBe(
    `/results/cases?year=2021&asOf=2021-09-30&unit=${OFFICE}&officer=unassigned&figure=finished`,
  );
  expect(resultCasesHref(PERIOD, {}, "moneyDone", 5_000_000)).toBe("/results/cases?year=2021&asOf=2021-09-30&figure=moneyDone");
  expect(resultCasesHref(PERIOD, { unit: OFFICE }, "toEnforce", 0)).toBeNull();
});

test("the page sends only the list's keys to the API, pages by URL and goes back to the same results", () => {
  const search = new URLSearchParams(`year=2021&asOf=2021-09-30&unit=${OFFICE}&figure=done&page=3&utm=x`);
  expect(apiSearchOf(search).toString()).toBe(`year=2021&asOf=2021-09-30&unit=${OFFICE}&figure=done&page=3`);
  expect(pageHref(search, 1)).toBe(`/results/cases?year=2021&asOf=2021-09-30&unit=${OFFICE}&figure=done`);
  expect(pageHref(search, 4)).toContain("&page=4");
  expect(resultsHref(search)).toBe(`/results?year=2021&asOf=2021-09-30&unit=${OFFICE}`);
  expect(resultsHref(new URLSearchParams())).toBe("/results");
  expect(figureOfSearch(search)).toBe("done");
  expect(figureOfSearch(new URLSearchParams("figure=rate"))).toBeNull();
});

test("each list shows the sum it adds up to, then what was done of it", () => {
  expect(moneyColumnsFor("moneyCollected").map((column) => column.key)).toEqual(["toEnforce", "collected"]);
  expect(moneyColumnsFor("moneyWithConditions").map((column) => column.key)).toEqual(["withConditions", "done"]);
  expect(moneyColumnsFor("transferredOut").map((column) => column.key)).toEqual(["toEnforce", "done"]);
});

test("the heading says which number, of which unit and officer, as of which date", () => {
  const unit = { id: OFFICE, name: "Chi cục THADS thành phố Hải Dương", code: "HD.TPHD", kind: "office" as const };
  expect(listTitle({ figure: "finished", kind: "all", unit, officer: null, asOf: "2021-09-30" })).toBe("Việc thi hành xong — Chi cục THADS thành phố Hải Dương — đến 30/09/2021");
  expect(listTitle({ figure: "done", kind: "chu_dong", unit, officer: { id: null, name: "x" }, asOf: "2021-03-31" })).toBe(
    "Việc thi hành xong và đình chỉ (chủ động) — Chi cục THADS thành phố Hải Dương, chưa phân công Chấp hành viên — đến 31/03/2021",
  );
  expect(listTotal({ total: 1234, amountTotal: null })).toBe("1.234 việc");
  expect(listTotal({ total: 2, amountTotal: 5_000_000 })).toMatch(/^2 việc, tổng 5\.000\.000/);
});
