import "client-only";
import { type ResultsQuery, type ResultsResponse, ResultsResponseSchema } from "@/lib/domain/api/results";
import type { Result } from "@/lib/domain/result";
import { type ApiError, getJson } from "./api-client";

// The annual results (issue #6). Online only, like review: the figures are the server's count of the whole
// case ledger as of a date, which no device holds. Never throws.

type Fetch = typeof fetch;

/** The results tree of a report year as of a date, scoped by the server to what the caller may see. */
export function getResults(query: ResultsQuery, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<ResultsResponse, ApiError>> {
  const search = new URLSearchParams({ year: String(query.year) });
  if (query.asOf) search.set("asOf", query.asOf);
  if (query.unit) search.set("unit", query.unit);
  return getJson(`/api/results?${search.toString()}`, ResultsResponseSchema, signal, fetchImpl);
}
