import { ResultCaseFigureSchema, type ResultCaseFigure } from "@/lib/domain/api/result-cases";
import { routes } from "@/lib/routes";

// The list behind a number lives in its URL (/results/cases?year=2021&asOf=2021-09-30&unit=…&figure=finished),
// like the results page, so it can be sent to a colleague. The page passes these keys to the API as they are
// (the API says in Vietnamese what is wrong with a hand-typed one) and drops anything else.

export const RESULT_CASES_KEYS = ["year", "asOf", "unit", "officer", "figure", "kind", "page"] as const;

/** Which cases a number of the results stands for: a unit (absent: the caller's own scope) and maybe an officer. */
export interface DrillScope {
  unit?: string;
  officer?: string;
}

export interface DrillPeriod {
  year: number;
  asOf: string;
}

/** The link behind a number; none for a zero (an empty list is not worth a click, and the table stays light). */
export function resultCasesHref(period: DrillPeriod, scope: DrillScope, figure: ResultCaseFigure, value: number, page = 1): string | null {
  if (value === 0) return null;
  const search = new URLSearchParams({ year: String(period.year), asOf: period.asOf });
  if (scope.unit) search.set("unit", scope.unit);
  if (scope.officer) search.set("officer", scope.officer);
  search.set("figure", figure);
  if (page > 1) search.set("page", String(page));
  return `${routes.resultCases}?${search.toString()}`;
}

/** The API's query string for the page's URL: its known keys only. */
export function apiSearchOf(pageSearch: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of RESULT_CASES_KEYS) for (const value of pageSearch.getAll(key)) search.append(key, value);
  return search;
}

/** The same list at another page. */
export function pageHref(pageSearch: URLSearchParams, page: number): string {
  const search = apiSearchOf(pageSearch);
  if (page > 1) search.set("page", String(page));
  else search.delete("page");
  return `${routes.resultCases}?${search.toString()}`;
}

/** Back to the results the number came from: the same year, date and unit (the province's id shows the province). */
export function resultsHref(pageSearch: URLSearchParams): string {
  const search = new URLSearchParams();
  for (const key of ["year", "asOf", "unit"] as const) {
    const value = pageSearch.get(key);
    if (value) search.set(key, value);
  }
  const text = search.toString();
  return text ? `${routes.results}?${text}` : routes.results;
}

/** The figure of the URL, when it is one (for the heading while the list loads). */
export function figureOfSearch(pageSearch: URLSearchParams): ResultCaseFigure | null {
  return ResultCaseFigureSchema.safeParse(pageSearch.get("figure")).data ?? null;
}
