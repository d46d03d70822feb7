import { expect, test } from "vitest";
import { z } from "../z";
import { dayOfWeek, isCoveredBy } from "./working-calendar";
import { buildWorkingCalendar } from "./working-calendar-schemas";

function year(restDays: string[], workingSaturdays: string[] = []) {
  return { year: 2026, source: "thử nghiệm", restDays, workingSaturdays };
}

function messagesOf(input: unknown): string[] {
  try {
    buildWorkingCalendar(input);
    return [];
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    return error.issues.map((issue) => issue.message);
  }
}

test("day of week is computed on the calendar, not in the device's time zone", () => {
  expect(dayOfWeek("2026-07-01")).toBe(3); // Wednesday
  expect(dayOfWeek("2021-02-12")).toBe(5); // Friday, mùng 1 Tết Tân Sửu
  expect(dayOfWeek("2026-02-14")).toBe(6); // Saturday
});

test("builds a calendar from valid yearly data", () => {
  const calendar = buildWorkingCalendar([year(["2026-01-01", "2026-01-02"], ["2026-01-10"])]);
  expect([...calendar.restDays]).toEqual(["2026-01-01", "2026-01-02"]);
  expect(calendar.workingSaturdays.has("2026-01-10")).toBe(true);
  expect(isCoveredBy("2026-12-31", calendar)).toBe(true);
  expect(isCoveredBy("2027-01-01", calendar)).toBe(false);
});

test("rejects dates that do not exist", () => {
  expect(messagesOf([year(["2026-02-30"])])).toEqual(["Ngày không tồn tại trên lịch"]);
});

test("rejects a date listed twice, even across the two lists", () => {
  expect(messagesOf([year(["2026-01-02", "2026-01-02"])])).toEqual(["Ngày 2026-01-02 được ghi hai lần"]);
  expect(messagesOf([year(["2026-01-02"], ["2026-01-10", "2026-01-10"])])).toEqual(["Ngày 2026-01-10 được ghi hai lần"]);
});

test("rejects a year declared twice", () => {
  expect(messagesOf([year([]), year([])])).toEqual(["Năm 2026 được khai báo hai lần"]);
});

test("rejects a date outside its year", () => {
  expect(messagesOf([year(["2025-12-31"])])).toEqual(["Ngày 2025-12-31 không thuộc năm 2026"]);
});

test("a rest day on a weekend is a typo: holidays on weekends are recorded by their compensatory day", () => {
  expect(messagesOf([year(["2026-04-26"])])).toEqual([
    "Ngày 2026-04-26 là thứ Bảy hoặc Chủ nhật, chỉ ghi ngày nghỉ rơi vào ngày làm việc",
  ]);
});

test("a make-up working day must be a Saturday", () => {
  expect(messagesOf([year([], ["2026-01-09"])])).toEqual(["Ngày làm bù 2026-01-09 phải là thứ Bảy"]);
});

test("an empty list of years is rejected", () => {
  expect(messagesOf([])).toHaveLength(1);
});
