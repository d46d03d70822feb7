import { expect, test } from "vitest";
import { addDays } from "../dates";
import { VN_CALENDAR_YEARS } from "./holiday-calendar";
import { buildWorkingCalendar } from "./working-calendar-schemas";
import { addCalendarDaysRolled, addMonthsRolled, addWorkingDays, daysBetween, isWorkingDay, nextWorkingDayOnOrAfter } from "./working-days";

// The same calendar without the 2025 swap (2/5 off, Saturday 26/4 worked), to show what the swap changes.
const withoutSwap2025 = buildWorkingCalendar(
  VN_CALENDAR_YEARS.map((entry) =>
    entry.year === 2025 ? { ...entry, restDays: entry.restDays.filter((d) => d !== "2025-05-02"), workingSaturdays: [] } : entry,
  ),
);

test("weekdays work, weekends and listed rest days do not", () => {
  expect(isWorkingDay("2026-07-10")).toBe(true); // Friday
  expect(isWorkingDay("2026-07-11")).toBe(false); // Saturday
  expect(isWorkingDay("2026-07-12")).toBe(false); // Sunday
  expect(isWorkingDay("2026-09-02")).toBe(false); // Quốc khánh, Wednesday
});

test("3 working days after Monday 8/2/2021 skip Tết 10–16/2: Tue 9 (1), Wed 17 (2), Thu 18 (3)", () => {
  expect(addWorkingDays("2021-02-08", 3)).toBe("2021-02-18");
});

test("3 working days after Thursday 12/2/2026 skip Tết 14–22/2: Fri 13 (1), Mon 23 (2), Tue 24 (3)", () => {
  expect(addWorkingDays("2026-02-12", 3)).toBe("2026-02-24");
});

test("a make-up Saturday counts as a working day", () => {
  // Thu 24/4/2025: Fri 25 (1), Sat 26 worked (2), Mon 28 (3).
  expect(addWorkingDays("2025-04-24", 3)).toBe("2025-04-28");
  expect(addWorkingDays("2025-04-24", 3, withoutSwap2025)).toBe("2025-04-29");
  // Fri 9/1/2026: the next working day is the make-up Saturday 10/1.
  expect(addWorkingDays("2026-01-09", 1)).toBe("2026-01-10");
});

test("the swapped weekday is skipped: Tue 29/4/2025 + 3 working days passes 30/4, 1/5, 2/5 and the weekend", () => {
  expect(addWorkingDays("2025-04-29", 3)).toBe("2025-05-07");
  expect(addWorkingDays("2025-04-29", 3, withoutSwap2025)).toBe("2025-05-06");
});

test("a plain weekend: Thu 9/7/2026 + 3 working days = Fri 10 (1), Mon 13 (2), Tue 14 (3)", () => {
  expect(addWorkingDays("2026-07-09", 3)).toBe("2026-07-14");
  expect(addWorkingDays("2026-07-09", 0)).toBe("2026-07-09");
});

test("a period whose last day is a Sunday ends on Monday (BLDS Đ.148 k.5)", () => {
  expect(addCalendarDaysRolled("2026-07-16", 10)).toBe("2026-07-27"); // Thu + 10 = Sun 26/7
  expect(addCalendarDaysRolled("2026-07-13", 10)).toBe("2026-07-23"); // a Thursday: unchanged
});

test("a period ending on 30/4 rolls past 30/4, 1/5 and the weekend", () => {
  expect(addCalendarDaysRolled("2026-04-20", 10)).toBe("2026-05-04"); // Thu 30/4, Fri 1/5, Sat, Sun → Mon 4/5
  expect(addCalendarDaysRolled("2025-04-20", 10)).toBe("2025-05-05"); // Wed 30/4, 1/5, swapped 2/5, weekend → Mon 5/5
  expect(addCalendarDaysRolled("2026-04-15", 10)).toBe("2026-04-28"); // Sat 25/4, Sun 26/4 (Giỗ Tổ), Mon 27/4 off
});

test("a period ending on a make-up Saturday ends that Saturday", () => {
  expect(addCalendarDaysRolled("2025-04-16", 10)).toBe("2025-04-26");
  expect(addCalendarDaysRolled("2025-04-16", 10, withoutSwap2025)).toBe("2025-04-28");
});

test("next working day on or after a date", () => {
  expect(nextWorkingDayOnOrAfter("2026-07-13")).toBe("2026-07-13");
  expect(nextWorkingDayOnOrAfter("2026-02-14")).toBe("2026-02-23");
});

test("months keep the day of the month, clamp to the month's end, then roll (BLDS Đ.148 k.3, k.5)", () => {
  expect(addMonthsRolled("2026-03-10", 6)).toBe("2026-09-10");
  expect(addMonthsRolled("2026-08-31", 6)).toBe("2027-03-01"); // 28/2/2027 is a Sunday
  expect(addMonthsRolled("2025-08-31", 6)).toBe("2026-03-02"); // clamps to Sat 28/2/2026, rolls to Mon 2/3
  expect(addMonthsRolled("2026-08-31", 12)).toBe("2027-08-31"); // a Tuesday
});

test("calendar days between two dates", () => {
  expect(daysBetween("2026-07-10", "2026-07-14")).toBe(4);
  expect(daysBetween("2026-07-14", "2026-07-10")).toBe(-4);
  expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
});

test("a period length must be a whole number ≥ 0", () => {
  expect(() => addWorkingDays("2026-07-09", -1)).toThrow(RangeError);
  expect(() => addCalendarDaysRolled("2026-07-09", 1.5)).toThrow(RangeError);
});

test("invariants over every day of 2020–2027: results are working days and nothing is skipped or counted twice", () => {
  for (let date = "2020-01-01"; date <= "2027-12-20"; date = addDays(date, 1)) {
    const third = addWorkingDays(date, 3);
    expect(isWorkingDay(third)).toBe(true);
    let counted = 0;
    for (let d = addDays(date, 1); d <= third; d = addDays(d, 1)) if (isWorkingDay(d)) counted += 1;
    expect(counted, date).toBe(3);

    const rolled = addCalendarDaysRolled(date, 10);
    expect(isWorkingDay(rolled)).toBe(true);
    for (let d = addDays(date, 10); d < rolled; d = addDays(d, 1)) expect(isWorkingDay(d), d).toBe(false);
  }
});
