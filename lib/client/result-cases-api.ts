import "client-only";
import { type ResultCasesResponse, ResultCasesResponseSchema } from "@/lib/domain/api/result-cases";
import type { Result } from "@/lib/domain/result";
import { type ApiError, getJson } from "./api-client";

type Fetch = typeof fetch;

/** The cases behind one number of the results (issue #6), for a query string the screen built. Never throws. */
export function getResultCases(search: URLSearchParams, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<ResultCasesResponse, ApiError>> {
  return getJson(`/api/results/cases?${search.toString()}`, ResultCasesResponseSchema, signal, fetchImpl);
}
