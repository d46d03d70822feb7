import "client-only";
import { type CaseDetail, CaseDetailSchema } from "@/lib/domain/api/cases";
import {
  type ReviewDecisionResponse,
  ReviewDecisionResponseSchema,
  type ReviewQueueResponse,
  ReviewQueueResponseSchema,
  type ReviewRecordView,
  ReviewRecordViewSchema,
} from "@/lib/domain/api/review";
import type { Result } from "@/lib/domain/result";
import type { ReviewDecision } from "@/lib/domain/review/review-schemas";
import { type ApiError, getJson, postJson } from "./api-client";

// The supervisor's calls to the review API (issue #5). Online only: a review is the server's decision, so
// nothing here is queued on the device; every call returns a Result and never throws.

type Fetch = typeof fetch;

/** The queue for a query string built by the screen (filters and page). */
export function getQueue(query: URLSearchParams, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<ReviewQueueResponse, ApiError>> {
  const search = query.toString();
  return getJson(`/api/review/queue${search ? `?${search}` : ""}`, ReviewQueueResponseSchema, signal, fetchImpl);
}

export function getRecordView(recordId: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<ReviewRecordView, ApiError>> {
  return getJson(`/api/review/records/${encodeURIComponent(recordId)}`, ReviewRecordViewSchema, signal, fetchImpl);
}

/** Approves or returns one record; a 409 (state moved on) or 400 (field errors) comes back as a problem. */
export function postDecision(recordId: string, decision: ReviewDecision, fetchImpl?: Fetch): Promise<Result<ReviewDecisionResponse, ApiError>> {
  return postJson(`/api/review/${encodeURIComponent(recordId)}`, decision, ReviewDecisionResponseSchema, undefined, fetchImpl);
}

/** The case of a record, for the heading and grounds of its printed form (the supervisor reads their office's). */
export function getCaseDetail(caseId: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<CaseDetail, ApiError>> {
  return getJson(`/api/cases/${encodeURIComponent(caseId)}`, CaseDetailSchema, signal, fetchImpl);
}

/** Where the bytes of a signature, fingerprint or photo are served (the supervisor may read their office's). */
export function attachmentUrl(sha256: string): string {
  return `/api/attachments/${encodeURIComponent(sha256)}`;
}
