"use client";

import { useEffect, useRef } from "react";
import type { ReviewDecisionResponse } from "@/lib/domain/api/review";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { REVIEW_STATE_LABELS_VI } from "@/lib/domain/review/review-state";

/**
 * What the decision just did. It takes the focus: the panel whose button was pressed disappears with the
 * reload, and a screen reader then reads this instead of losing its place.
 */
export function DecisionResult({ response }: { response: ReviewDecisionResponse }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [response]);
  return (
    <p ref={ref} tabIndex={-1} role="status" data-testid="decision-result" className="rounded-md border border-green-300 bg-green-50 p-3 font-medium text-green-950 focus-visible:outline-2 focus-visible:outline-blue-700">
      Đã ghi quyết định lúc {formatDateTimeVi(response.decidedAt)}. Trạng thái mới: {REVIEW_STATE_LABELS_VI[response.reviewState]}.
    </p>
  );
}
