import "server-only";
import { localDateOf, reportYearBounds, type IsoDate } from "@/lib/domain/dates";
import { AppError } from "../http/app-error";

// The period of a results query, shared by the results (get-results.ts) and the lists behind their numbers
// (list-result-cases.ts): the two must agree, or a list would not add up to its number.

export interface ResultsPeriod {
  start: IsoDate;
  end: IsoDate;
  asOf: IsoDate;
}

/** The report year's bounds and the as-of date: as asked, or today while the year runs, or its last day. */
export function resultsPeriod(year: number, asOf: IsoDate | undefined, now: Date): ResultsPeriod {
  const { start, end } = reportYearBounds(year);
  const today = localDateOf(now.toISOString());
  const date = asOf ?? (today < end ? today : end);
  if (date < start || date > end) {
    throw new AppError("validation_failed", { errors: [{ path: "query.asOf", message: `Ngày số liệu phải trong năm báo cáo ${year} (01/10/${year - 1} – 30/09/${year})` }] });
  }
  return { start, end, asOf: date };
}
