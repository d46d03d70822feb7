import { expect, test } from "vitest";
import { VN_CALENDAR_YEARS, VN_WORKING_CALENDAR } from "./holiday-calendar";
import { isCoveredBy } from "./working-calendar";
import { CalendarYearsSchema } from "./working-calendar-schemas";
import { isWorkingDay } from "./working-days";

test("the built-in years validate (the app indexes them without checking them again on every phone)", () => {
  const checked = CalendarYearsSchema.safeParse(VN_CALENDAR_YEARS);
  expect(checked.error?.issues ?? []).toEqual([]);
});

test("covers 2020 to 2027", () => {
  expect(VN_CALENDAR_YEARS.map((entry) => entry.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  expect(isCoveredBy("2020-01-01", VN_WORKING_CALENDAR)).toBe(true);
  expect(isCoveredBy("2027-12-31", VN_WORKING_CALENDAR)).toBe(true);
  expect(isCoveredBy("2028-01-03", VN_WORKING_CALENDAR)).toBe(false);
});

test("every holiday day off is accounted for: 10 days in 2020 (BLLĐ 2012), 11 from 2021 (BLLĐ 2019 Đ.112), plus one per swap", () => {
  for (const entry of VN_CALENDAR_YEARS) {
    const holidays = entry.year === 2020 ? 10 : 11;
    expect(entry.restDays.length - entry.workingSaturdays.length, String(entry.year)).toBe(holidays);
  }
});

test("Giỗ Tổ Hùng Vương (10/3 âm lịch) is a day off, or its compensatory Monday when it falls on a Sunday", () => {
  for (const date of ["2020-04-02", "2021-04-21", "2022-04-11", "2024-04-18", "2025-04-07", "2026-04-27", "2027-04-16"]) {
    expect(isWorkingDay(date), date).toBe(false);
  }
  // 2023: Saturday 29/4, compensated on Tuesday 2/5 (1/5 is itself a holiday).
  expect(isWorkingDay("2023-05-02")).toBe(false);
});

test("the Tết breaks of the notices", () => {
  // 2021: Wednesday 10/2 to Tuesday 16/2; back on Wednesday 17/2.
  expect(isWorkingDay("2021-02-09")).toBe(true);
  expect(["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"].some((d) => isWorkingDay(d))).toBe(false);
  expect(isWorkingDay("2021-02-17")).toBe(true);
  // 2026: Saturday 14/2 to Sunday 22/2, the five weekdays 16–20/2 off, no make-up day.
  expect(isWorkingDay("2026-02-13")).toBe(true);
  expect(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].some((d) => isWorkingDay(d))).toBe(false);
  expect(isWorkingDay("2026-02-23")).toBe(true);
  expect(isWorkingDay("2026-03-07")).toBe(false);
});

test("swapped days: the weekday is off and the Saturday is worked", () => {
  expect(isWorkingDay("2024-04-29")).toBe(false);
  expect(isWorkingDay("2024-05-04")).toBe(true);
  expect(isWorkingDay("2025-05-02")).toBe(false);
  expect(isWorkingDay("2025-04-26")).toBe(true);
  expect(isWorkingDay("2026-01-02")).toBe(false);
  expect(isWorkingDay("2026-01-10")).toBe(true);
});
