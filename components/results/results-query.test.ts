import { expect, test } from "vitest";
import { defaultAsOf, isInReportYear, reportYearOptions, viewFromSearch, viewToSearch, withYear } from "./results-query";

const TODAY = "2026-11-29"; // report year 2027 has begun (1/10/2026)
const UNIT = "0190f3a2-7c1e-7b3d-8a4f-123456789abc";

test("an empty URL shows the current report year as of today", () => {
  expect(viewFromSearch(new URLSearchParams(), TODAY)).toEqual({ year: 2027, asOf: TODAY, unitId: null, sort: null });
  expect(viewFromSearch(new URLSearchParams(), "2026-09-30").year).toBe(2026);
});

test("a past year defaults to its last day; a date typed in the URL inside the year is kept", () => {
  expect(viewFromSearch(new URLSearchParams("year=2021"), TODAY).asOf).toBe("2021-09-30");
  expect(viewFromSearch(new URLSearchParams("year=2021&asOf=2021-03-31"), TODAY).asOf).toBe("2021-03-31");
  expect(defaultAsOf(2030, TODAY)).toBe("2029-10-01");
});

test("bad parts of a hand-typed URL fall back to their defaults", () => {
  const view = viewFromSearch(new URLSearchParams("year=21&asOf=2021-02-30&unit=abc&sort=name-asc"), TODAY);
  expect(view).toEqual({ year: 2027, asOf: TODAY, unitId: null, sort: null });
  expect(viewFromSearch(new URLSearchParams("year=1999"), TODAY).year).toBe(2027);
  // A real date outside the report year is not sent: the server would refuse it.
  expect(viewFromSearch(new URLSearchParams("year=2021&asOf=2021-10-01"), TODAY).asOf).toBe("2021-09-30");
});

test("the view round-trips through the URL, year and date always written", () => {
  const view = { year: 2021, asOf: "2021-09-30", unitId: UNIT, sort: { key: "moneyRate", direction: "ascending" } } as const;
  const search = viewToSearch(view);
  expect(search.toString()).toBe(`year=2021&asOf=2021-09-30&unit=${UNIT}&sort=moneyRate-asc`);
  expect(viewFromSearch(search, TODAY)).toEqual(view);
  expect(viewToSearch({ ...view, unitId: null, sort: null }).toString()).toBe("year=2021&asOf=2021-09-30");
});

test("changing the year moves the date to that year's default and keeps the rest", () => {
  const view = { year: 2027, asOf: TODAY, unitId: UNIT, sort: null };
  expect(withYear(view, 2021, TODAY)).toEqual({ year: 2021, asOf: "2021-09-30", unitId: UNIT, sort: null });
  expect(isInReportYear(2021, "2020-10-01")).toBe(true);
  expect(isInReportYear(2021, "2020-09-30")).toBe(false);
});

test("the year picker offers ten years back from the current one, newest first, and keeps an older choice", () => {
  const years = reportYearOptions(TODAY, 2027);
  expect(years[0]).toBe(2027);
  expect(years).toHaveLength(10);
  expect(years).toContain(2021);
  expect(reportYearOptions(TODAY, 2005).at(-1)).toBe(2005);
});
