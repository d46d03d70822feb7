import type { LocalRecord } from "@/lib/client/db/field-database";
import { formatDateVi, localDateOf } from "@/lib/domain/dates";
import { RETURN_CATEGORY_LABELS_VI } from "@/lib/domain/review/review-decision";
import type { ReturnReason } from "@/lib/domain/review/review-schemas";
import { REVIEW_STATE_LABELS_VI, type ReviewState } from "@/lib/domain/review/review-state";

export interface ReviewLabel {
  state: ReviewState;
  text: string;
}

function decidedOn(decidedAt: string | null): string {
  return decidedAt ? ` ngày ${formatDateVi(localDateOf(decidedAt))}` : "";
}

/**
 * Where a finalized record stands with the head's review, as the officer reads it: Chờ duyệt, Đã duyệt ngày …,
 * Bị trả lại ngày …, Đã thay bằng bản sửa. A record the server acknowledged but whose review no pull has brought
 * yet is waiting for review (every accepted record starts `submitted`); one not yet sent has no review at all.
 */
export function recordReviewLabel(record: LocalRecord): ReviewLabel | null {
  if (record.state !== "final") return null;
  const review = record.review ?? (record.sync?.state === "synced" ? { state: "submitted" as const, decidedAt: null } : null);
  if (!review) return null;
  switch (review.state) {
    case "submitted":
      return { state: "submitted", text: REVIEW_STATE_LABELS_VI.submitted };
    case "approved":
      return { state: "approved", text: `${REVIEW_STATE_LABELS_VI.approved}${decidedOn(review.decidedAt)}` };
    case "returned":
      // « Bị trả lại », not the head's « Trả lại để sửa »: the officer is the one it happened to.
      return { state: "returned", text: `Bị trả lại${decidedOn(review.decidedAt)}` };
    case "superseded":
      return { state: "superseded", text: REVIEW_STATE_LABELS_VI.superseded };
  }
}

/** « Thiếu chữ ký, điểm chỉ hoặc người chứng kiến — Người chứng kiến chưa ký trang 2 ». */
export function returnReasonText(reason: ReturnReason): string {
  return `${RETURN_CATEGORY_LABELS_VI[reason.category]} — ${reason.text}`;
}

export const REVIEW_TONE_CLASSES: Record<ReviewState, string> = {
  submitted: "bg-slate-100 text-slate-900",
  approved: "bg-green-700 text-white",
  returned: "bg-red-100 text-red-900",
  superseded: "bg-slate-200 text-slate-800",
};
