import Link from "next/link";
import type { ReviewRecordView } from "@/lib/domain/api/review";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { routes } from "@/lib/routes";
import { StateBadge } from "./review-badges";
import { ReviewCard } from "./review-card";

/** The chain of versions of this record, oldest first, with the one on screen marked. */
export function RevisionHistory({ revisions, currentId }: { revisions: ReviewRecordView["revisions"]; currentId: string }) {
  if (revisions.length <= 1) return null;
  return (
    <ReviewCard title={`Các lần sửa (${revisions.length} bản)`} testId="revision-history">
      <ol className="flex flex-col gap-2">
        {revisions.map((revision, index) => {
          const isCurrent = revision.id === currentId;
          const label = `Bản ${index + 1} · nhận ${formatDateTimeVi(revision.receivedAt)}`;
          return (
            <li key={revision.id} data-testid="revision" className="flex flex-wrap items-center gap-2 text-sm">
              {isCurrent ? (
                <span aria-current="page" className="font-semibold text-slate-900">
                  {label} (bản đang xem)
                </span>
              ) : (
                <Link href={routes.reviewRecord(revision.id)} className="inline-flex min-h-11 items-center text-blue-800 underline">
                  {label}
                </Link>
              )}
              <StateBadge state={revision.reviewState} testId="revision-state" />
            </li>
          );
        })}
      </ol>
    </ReviewCard>
  );
}
