import { IsoDateSchema } from "../date-schemas";
import { z } from "../z";
import { type CalendarYear, dayOfWeek, indexWorkingCalendar, isWeekend, type WorkingCalendar } from "./working-calendar";

// The calendar's data checked where it comes from outside the code (the server's reference data, settings),
// apart from working-calendar.ts so that the phone's deadline arithmetic does not load zod (issue #7).

// What each field means: the `CalendarYear` interface (working-calendar.ts).
export const CalendarYearSchema: z.ZodType<CalendarYear> = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().trim().min(2).max(500),
    restDays: z.array(IsoDateSchema),
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

/**
 * Validates the yearly data (real dates, no duplicates, each date in its year, rest days on weekdays,
 * make-up days on Saturdays) and indexes it. Throws a ZodError on bad data: a wrong calendar would shift
 * every legal deadline, so it must fail loudly where it is loaded, not silently in a deadline.
 */
export function buildWorkingCalendar(years: unknown): WorkingCalendar {
  return indexWorkingCalendar(CalendarYearsSchema.parse(years));
}
