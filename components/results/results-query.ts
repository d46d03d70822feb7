import { reportYearBounds, reportYearOf, type IsoDate } from "@/lib/domain/dates";
import { IsoDateSchema } from "@/lib/domain/date-schemas";
import { UuidSchema } from "@/lib/domain/ids";
import { sortFromParam, sortToParam, type SortOrder } from "./results-sort";

// What the results page shows lives in its URL (/results?year=2021&asOf=2021-09-30&unit=…&sort=moneyRate-asc),
// so a link sent to a colleague or printed in a report reproduces the same figures. The URL is typed by hand:
// each part is parsed and a bad part falls back to its default rather than being sent to the server.

export interface ResultsView {
  year: number; // the report year, named by the year it ends in
  asOf: IsoDate;
  unitId: string | null; // a leader's choice of one office
  sort: SortOrder | null;
}

/** How many report years back the year picker offers (the API answers any year from 2000). */
export const YEARS_OFFERED = 10;

/** Figures « as of » default to today while the year runs and to its last day once it is over. */
export function defaultAsOf(year: number, today: IsoDate): IsoDate {
  const { start, end } = reportYearBounds(year);
  return today < start ? start : today > end ? end : today;
}

export function isInReportYear(year: number, date: string): boolean {
  const { start, end } = reportYearBounds(year);
  return date >= start && date <= end;
}

/** The current report year and the ones before it, newest first, with the year on screen even if older. */
export function reportYearOptions(today: IsoDate, selected: number): number[] {
  const current = reportYearOf(today);
  const years = Array.from({ length: YEARS_OFFERED }, (_, index) => current - index);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}

export function viewFromSearch(search: URLSearchParams, today: IsoDate): ResultsView {
  const yearText = search.get("year") ?? "";
  const typedYear = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const year = typedYear >= 2000 && typedYear <= 2100 ? typedYear : reportYearOf(today);
  const asOf = IsoDateSchema.safeParse(search.get("asOf")).data;
  return {
    year,
    asOf: asOf && isInReportYear(year, asOf) ? asOf : defaultAsOf(year, today),
    unitId: UuidSchema.safeParse(search.get("unit")).data ?? null,
    sort: sortFromParam(search.get("sort")),
  };
}

/** The page's query string. The year and the date are always written, so the link means the same tomorrow. */
export function viewToSearch(view: ResultsView): URLSearchParams {
  const search = new URLSearchParams({ year: String(view.year), asOf: view.asOf });
  if (view.unitId) search.set("unit", view.unitId);
  if (view.sort) search.set("sort", sortToParam(view.sort));
  return search;
}

/** Another report year: the date moves to that year's default, the office and the order stay. */
export function withYear(view: ResultsView, year: number, today: IsoDate): ResultsView {
  return { ...view, year, asOf: defaultAsOf(year, today) };
}
