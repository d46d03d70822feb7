// The working-day calendar of state agencies is data, not a formula (domain §6.5): the Tết and Quốc khánh
// days are fixed each year by the Prime Minister, compensatory days follow when a holiday falls on a weekly
// rest day (Bộ luật Lao động 2019 Đ.111 k.3, Đ.112 k.3), and a weekday is often swapped with a Saturday
// (hoán đổi ngày làm việc, làm bù). Agencies work Monday to Friday, so a year is described by the weekdays
// that are days off and the Saturdays that are working days.

/** 0 = Sunday … 6 = Saturday, computed in UTC so that the local time zone of the device never matters. */
export function dayOfWeek(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y ?? Number.NaN, (m ?? Number.NaN) - 1, d ?? Number.NaN)).getUTCDay();
}

export function isWeekend(isoDate: string): boolean {
  const day = dayOfWeek(isoDate);
  return day === 0 || day === 6;
}

/** One year of the agencies' calendar, as a notice of the Prime Minister fixes it (validated by working-calendar-schemas.ts). */
export interface CalendarYear {
  year: number;
  /** The notice the year comes from; "[?]" marks a year or a date not checked against it. */
  source: string;
  /** Weekdays on which agencies are closed: holidays, compensatory days and swapped days. */
  restDays: string[];
  /** Saturdays worked to make up for a swapped weekday (làm bù). */
  workingSaturdays: string[];
}

/** The calendar the working-day arithmetic runs on. Build it with `buildWorkingCalendar` (data from outside) or `indexWorkingCalendar` (data already validated). */
export interface WorkingCalendar {
  restDays: ReadonlySet<string>;
  workingSaturdays: ReadonlySet<string>;
  /** Years whose notices are in the data; outside them only weekends are known to be days off. */
  coveredYears: ReadonlySet<number>;
}

/** Indexes years already validated (by `CalendarYearsSchema` where they arrived, or by the tests for the built-in ones). */
export function indexWorkingCalendar(years: readonly CalendarYear[]): WorkingCalendar {
  return {
    restDays: new Set(years.flatMap((entry) => entry.restDays)),
    workingSaturdays: new Set(years.flatMap((entry) => entry.workingSaturdays)),
    coveredYears: new Set(years.map((entry) => entry.year)),
  };
}

/** Whether the calendar knows the holidays of the year of `isoDate` (show a warning when it does not). */
export function isCoveredBy(isoDate: string, calendar: WorkingCalendar): boolean {
  return calendar.coveredYears.has(Number(isoDate.slice(0, 4)));
}
