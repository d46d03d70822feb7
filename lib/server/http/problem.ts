import "server-only";
import { ERROR_STATUS, ERROR_TITLES_VI, type ErrorCode, type FieldError, type ProblemDetails } from "@/lib/domain/errors";
import type { z } from "@/lib/domain/z";
import { jsonResponse } from "./json-response";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** An RFC 9457 problem details response. `type` is a stable URN per code. */
export function problemResponse(
  code: ErrorCode,
  options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const status = ERROR_STATUS[code];
  const body: ProblemDetails = {
    type: `urn:thads:problem:${code}`,
    title: ERROR_TITLES_VI[code],
    status,
    code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
  };
  return jsonResponse(body, { status, headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...options.headers } });
}

/** zod issues → field errors, with the input's part (`params`, `query`, `body`) as the first path segment. */
export function fieldErrors(part: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}
