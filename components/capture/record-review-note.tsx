import type { LocalRecord } from "@/lib/client/db/field-database";
import { REVIEW_TONE_CLASSES, returnReasonText, type ReviewLabel } from "../sync/record-review-label";

/**
 * The head's review inside the final banner. A returned record reads « Bị trả lại ngày dd/mm/yyyy: <category> —
 * <reason> » on a line of its own, since that is what the officer came to read; other states are a badge.
 */
export function RecordReviewNote({ record, label }: { record: LocalRecord; label: ReviewLabel }) {
  const reason = record.review?.reason;
  if (label.state === "returned") {
    return (
      <p className="mt-1 font-semibold text-red-900">
        <span data-testid="record-review-state">{label.text}</span>
        {reason ? (
          <>
            : <span data-testid="return-reason">{returnReasonText(reason)}</span>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <span data-testid="record-review-state" className={`rounded px-2 py-0.5 text-sm ${REVIEW_TONE_CLASSES[label.state]}`}>
      {label.text}
    </span>
  );
}

/** The banner's colours: what the officer must act on (returned) stands out from what is done. */
export function finalBannerClasses(label: ReviewLabel | null): string {
  switch (label?.state) {
    case "returned":
      return "border-2 border-red-400 bg-amber-50 text-amber-950";
    case "superseded":
      return "border border-slate-300 bg-slate-50 text-slate-900";
    default:
      return "border border-green-300 bg-green-50 text-green-950";
  }
}
