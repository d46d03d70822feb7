import { addDays, formatDateVi, reportYearBounds, type IsoDate } from "@/lib/domain/dates";

// The monthly chart plots the year's cumulative results as of the last day of each month from October, the
// way the monthly statistics reports are cut (TT 05/2024/TT-BTP), and ends on the date on screen when that
// falls inside a month. So at most 12 points: one request each.

function lastDayOfMonth(year: number, month: number): IsoDate {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/** The month ends of a report year up to `asOf` (clamped to the year), then `asOf` itself if mid-month. */
export function monthEndsUpTo(year: number, asOf: IsoDate): IsoDate[] {
  const { start, end } = reportYearBounds(year);
  if (asOf < start) return [];
  const last = asOf > end ? end : asOf;
  const dates: IsoDate[] = [];
  for (let index = 0; index < 12; index += 1) {
    const month = ((9 + index) % 12) + 1; // 10, 11, 12, 1, … 9
    const date = lastDayOfMonth(month >= 10 ? year - 1 : year, month);
    if (date > last) break;
    dates.push(date);
  }
  return dates.at(-1) === last ? dates : [...dates, last];
}

export function isMonthEnd(date: IsoDate): boolean {
  return addDays(date, 1).endsWith("-01");
}

/** On the axis: « T10 » for a month end, « 15/3 » for a date inside a month. */
export function axisLabel(date: IsoDate): string {
  const [, month, day] = date.split("-").map(Number);
  return isMonthEnd(date) ? `T${month}` : `${day}/${month}`;
}

/** In the table and the summary: « Tháng 10/2020 », or « Đến 15/03/2021 ». */
export function pointLabel(date: IsoDate): string {
  return isMonthEnd(date) ? `Tháng ${formatDateVi(date).slice(3)}` : `Đến ${formatDateVi(date)}`;
}
