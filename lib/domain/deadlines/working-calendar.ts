import { IsoDateSchema } from "../dates";
import { z } from "../z";

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

function isWeekend(isoDate: string): boolean {
  const day = dayOfWeek(isoDate);
  return day === 0 || day === 6;
}

export const CalendarYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** The notice the year comes from; "[?]" marks a year or a date not checked against it. */
    source: z.string().trim().min(2).max(500),
    /** Weekdays on which agencies are closed: holidays, compensatory days and swapped days. */
    restDays: z.array(IsoDateSchema),
    /** Saturdays worked to make up for a swapped weekday (làm bù). */
    workingSaturdays: z.array(IsoDateSchema),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const seen = new Set<string>();
    const check = (list: "restDays" | "workingSaturdays", date: string, index: number) => {
      if (seen.has(date)) issue([list, index], `Ngày ${date} được ghi hai lần`);
      seen.add(date);
      if (!date.startsWith(`${entry.year}-`)) issue([list, index], `Ngày ${date} không thuộc năm ${entry.year}`);
    };
    entry.restDays.forEach((date, index) => {
      check("restDays", date, index);
      // A holiday on a weekend is recorded as its compensatory weekday; a weekend here is a typo.
      if (isWeekend(date)) issue(["restDays", index], `Ngày ${date} là thứ Bảy hoặc Chủ nhật, chỉ ghi ngày nghỉ rơi vào ngày làm việc`);
    });
    entry.workingSaturdays.forEach((date, index) => {
      check("workingSaturdays", date, index);
      if (dayOfWeek(date) !== 6) issue(["workingSaturdays", index], `Ngày làm bù ${date} phải là thứ Bảy`);
    });
  });
export type CalendarYear = z.infer<typeof CalendarYearSchema>;

export const CalendarYearsSchema = z
  .array(CalendarYearSchema)
  .min(1)
  .superRefine((years, ctx) => {
    const seen = new Set<number>();
    years.forEach((entry, index) => {
      if (seen.has(entry.year)) ctx.addIssue({ code: "custom", path: [index, "year"], message: `Năm ${entry.year} được khai báo hai lần` });
      seen.add(entry.year);
    });
  });

/** The calendar the working-day arithmetic runs on. Build it with `buildWorkingCalendar`. */
export interface WorkingCalendar {
  restDays: ReadonlySet<string>;
  workingSaturdays: ReadonlySet<string>;
  /** Years whose notices are in the data; outside them only weekends are known to be days off. */
  coveredYears: ReadonlySet<number>;
}

/**
 * Validates the yearly data (real dates, no duplicates, each date in its year, rest days on weekdays,
 * make-up days on Saturdays) and indexes it. Throws a ZodError on bad data: a wrong calendar would shift
 * every legal deadline, so it must fail loudly where it is loaded, not silently in a deadline.
 */
export function buildWorkingCalendar(years: unknown): WorkingCalendar {
  const parsed = CalendarYearsSchema.parse(years);
  return {
    restDays: new Set(parsed.flatMap((entry) => entry.restDays)),
    workingSaturdays: new Set(parsed.flatMap((entry) => entry.workingSaturdays)),
    coveredYears: new Set(parsed.map((entry) => entry.year)),
  };
}

/** Whether the calendar knows the holidays of the year of `isoDate` (show a warning when it does not). */
export function isCoveredBy(isoDate: string, calendar: WorkingCalendar): boolean {
  return calendar.coveredYears.has(Number(isoDate.slice(0, 4)));
}
