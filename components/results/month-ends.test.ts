import { expect, test } from "vitest";
import { axisLabel, isMonthEnd, monthEndsUpTo, pointLabel } from "./month-ends";

test("a whole report year has twelve month ends, October to September, leap February included", () => {
  const dates = monthEndsUpTo(2021, "2021-09-30");
  expect(dates).toHaveLength(12);
  expect(dates[0]).toBe("2020-10-31");
  expect(dates).toContain("2020-12-31");
  expect(dates).toContain("2021-02-28");
  expect(dates.at(-1)).toBe("2021-09-30");
  expect(monthEndsUpTo(2024, "2024-09-30")).toContain("2024-02-29");
});

test("a date inside a month ends the series on that date; a date before the year gives nothing", () => {
  expect(monthEndsUpTo(2021, "2021-03-15")).toEqual(["2020-10-31", "2020-11-30", "2020-12-31", "2021-01-31", "2021-02-28", "2021-03-15"]);
  expect(monthEndsUpTo(2021, "2020-10-01")).toEqual(["2020-10-01"]);
  expect(monthEndsUpTo(2021, "2020-09-30")).toEqual([]);
  expect(monthEndsUpTo(2021, "2022-05-01")).toHaveLength(12);
});

test("the dates are increasing, inside the year, and never more than twelve", () => {
  for (const asOf of ["2020-10-31", "2020-11-01", "2021-01-01", "2021-06-30", "2021-09-29"]) {
    const dates = monthEndsUpTo(2021, asOf);
    expect(dates.length).toBeLessThanOrEqual(12);
    expect(dates.at(-1)).toBe(asOf);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  }
});

test("labels say the month for a month end and the date otherwise", () => {
  expect(isMonthEnd("2021-02-28")).toBe(true);
  expect(isMonthEnd("2021-03-15")).toBe(false);
  expect(axisLabel("2020-10-31")).toBe("T10");
  expect(axisLabel("2021-03-15")).toBe("15/3");
  expect(pointLabel("2020-10-31")).toBe("Tháng 10/2020");
  expect(pointLabel("2021-03-15")).toBe("Đến 15/03/2021");
});
