import { REVIEW_STATE_LABELS_VI, type ReviewState } from "@/lib/domain/review/review-state";
import { Badge, type BadgeTone } from "../ui/badge";
import { FLAG_TEXT } from "./review-text";

const STATE_TONES: Record<ReviewState, BadgeTone> = { submitted: "warning", approved: "success", returned: "danger", superseded: "neutral" };

export function StateBadge({ state, testId = "review-state" }: { state: ReviewState; testId?: string }) {
  return (
    <Badge tone={STATE_TONES[state]} testId={testId}>
      {REVIEW_STATE_LABELS_VI[state]}
    </Badge>
  );
}

export interface ReviewFlags {
  isOverdue?: boolean;
  isLateSync: boolean;
  isCaptureInFuture: boolean;
  isRevision?: boolean;
}

/** What a reviewer must notice about one record, each as a word (never by colour alone). */
export function FlagBadges({ isOverdue = false, isLateSync, isCaptureInFuture, isRevision = false }: ReviewFlags) {
  return (
    <>
      {isOverdue ? (
        <Badge tone="danger" testId="flag-overdue">
          {FLAG_TEXT.overdue}
        </Badge>
      ) : null}
      {isLateSync ? (
        <Badge tone="warning" testId="flag-late-sync">
          {FLAG_TEXT.lateSync}
        </Badge>
      ) : null}
      {isCaptureInFuture ? (
        <Badge tone="danger" testId="flag-capture-in-future">
          {FLAG_TEXT.captureInFuture}
        </Badge>
      ) : null}
      {isRevision ? (
        <Badge tone="info" testId="flag-revision">
          {FLAG_TEXT.revision}
        </Badge>
      ) : null}
    </>
  );
}
