import type { ReviewHistoryEntry } from "@/lib/domain/api/review";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { RETURN_CATEGORY_LABELS_VI } from "@/lib/domain/review/review-decision";
import { Badge } from "../ui/badge";
import { ReviewCard } from "./review-card";
import { DECISION_TEXT } from "./review-text";

/** Every decision taken on this record, oldest first, with the reason of a return. */
export function ReviewHistory({ reviews }: { reviews: readonly ReviewHistoryEntry[] }) {
  return (
    <ReviewCard title="Ý kiến duyệt" testId="review-history">
      {reviews.length === 0 ? (
        <p className="text-sm text-slate-700">Chưa có ý kiến duyệt.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {reviews.map((review, index) => (
            <li key={index} data-testid="review-entry" className="text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={review.decision === "approve" ? "success" : "danger"}>{DECISION_TEXT[review.decision]}</Badge>
                <span>
                  {review.decidedBy.name} · {formatDateTimeVi(review.decidedAt)}
                </span>
              </p>
              {review.reason ? (
                <p className="mt-1 text-slate-800">
                  {RETURN_CATEGORY_LABELS_VI[review.reason.category]}: {review.reason.text}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </ReviewCard>
  );
}
