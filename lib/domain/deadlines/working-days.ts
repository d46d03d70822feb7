import { addDays } from "../dates";
import { VN_WORKING_CALENDAR } from "./holiday-calendar";
import { dayOfWeek, type WorkingCalendar } from "./working-calendar";

// Period arithmetic of Bộ luật Dân sự 2015 (domain §6.4), which the enforcement law relies on:
// - Đ.147 k.2: a period in days, weeks or months starts the day after the event ("the count starts the day
//   after `date`").
// - Đ.148 k.1, k.3: it ends at the end of its last day; a period in months ends on the same day of the last
//   month, or on that month's last day when it has no such day.
// - Đ.148 k.5: when the last day is a weekly rest day or a holiday, the period ends at the end of the next
//   working day [M, domain §6.4].
// "Ngày làm việc" periods (notify within 3 working days, decide within 5) skip rest days as they count.

function assertCount(n: number): void {
  // A wrong count is a programming error in a period table, never user input.
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A period length must be a whole number ≥ 0, got ${n}`);
}

/** Monday–Friday unless a listed rest day; a listed make-up Saturday (làm bù) is a working day. */
export function isWorkingDay(isoDate: string, calendar: WorkingCalendar = VN_WORKING_CALENDAR): boolean {
  if (calendar.workingSaturdays.has(isoDate)) return true;
  const day = dayOfWeek(isoDate);
  if (day === 0 || day === 6) return false;
  return !calendar.restDays.has(isoDate);
}

/** `isoDate` itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(isoDate: string, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  let date = isoDate;
  while (!isWorkingDay(date, calendar)) date = addDays(date, 1);
  return date;
}

/**
 * The n-th working day after `isoDate` ("trong thời hạn n ngày làm việc kể từ ngày …"): the day of the
 * event is not counted (BLDS Đ.147 k.2). n = 0 returns `isoDate` unchanged.
 */
export function addWorkingDays(isoDate: string, n: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  assertCount(n);
  let date = isoDate;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}

/** n calendar days after `isoDate`; a last day that is not a working day moves to the next working day (Đ.148 k.5). */
export function addCalendarDaysRolled(isoDate: string, n: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  assertCount(n);
  return nextWorkingDayOnOrAfter(addDays(isoDate, n), calendar);
}

/** The same day n months later, clamped to the month's last day (Đ.148 k.3), then rolled (Đ.148 k.5). */
export function addMonthsRolled(isoDate: string, n: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  assertCount(n);
  const [y, m, d] = isoDate.split("-").map(Number);
  const monthIndex = (m ?? Number.NaN) - 1 + n;
  // Day 0 of the following month is the last day of the target month.
  const lastDay = new Date(Date.UTC(y ?? Number.NaN, monthIndex + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(y ?? Number.NaN, monthIndex, Math.min(d ?? Number.NaN, lastDay)));
  return nextWorkingDayOnOrAfter(end.toISOString().slice(0, 10), calendar);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
