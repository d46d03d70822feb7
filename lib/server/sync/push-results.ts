import "server-only";
import { ERROR_STATUS, ERROR_TITLES_VI, type ErrorCode, type FieldError, type ProblemDetails } from "@/lib/domain/errors";
import type { MutationResult, RejectReason } from "@/lib/domain/sync-push";

// Per-mutation outcomes carry the same RFC 9457 problem details as an HTTP error would, inside the 200, so that
// one bad record is reported to the officer without jamming the records queued behind it.

const REJECT_CODES: Record<RejectReason, ErrorCode> = {
  validation: "validation_failed",
  permission: "forbidden",
  unknown_case: "not_found",
  missing_attachment: "unprocessable",
  review_state: "conflict",
};

function problemOf(code: ErrorCode, detail: string, errors?: FieldError[]): ProblemDetails {
  return {
    type: `urn:thads:problem:${code}`,
    title: ERROR_TITLES_VI[code],
    status: ERROR_STATUS[code],
    code,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** `errors` paths are inside the record (`payload.endedAt`, `attachments.2.sha256`), as the device's form names them. */
export function rejected(id: string, reason: RejectReason, detail: string, errors?: FieldError[]): MutationResult {
  return { id, status: "rejected", reason, problem: problemOf(REJECT_CODES[reason], detail, errors) };
}

export function conflict(id: string, serverHash: string): MutationResult {
  return {
    id,
    status: "conflict",
    serverHash,
    problem: problemOf("conflict", "Máy chủ đã có một biên bản khác cùng mã; biên bản trên máy chủ được giữ nguyên"),
  };
}

export function accepted(status: "applied" | "duplicate", id: string, serverSeq: number, receivedAt: Date): MutationResult {
  return { id, status, serverSeq, receivedAt: receivedAt.toISOString() };
}
