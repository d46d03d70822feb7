import Link from "next/link";
import type { ReviewRecordView } from "@/lib/domain/api/review";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { RecordTypeSchema } from "@/lib/domain/records/envelope";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import { routes } from "@/lib/routes";
import { FlagBadges, StateBadge } from "./review-badges";

/** Which record this is, whose, and where it stands in the review. */
export function RecordHeader({ view }: { view: ReviewRecordView }) {
  // The type is read from the stored row on its own, so a record that no longer parses still has a title.
  const type = RecordTypeSchema.safeParse(view.record.type);
  const revisionOf = view.record.revisionOf;
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold text-slate-900" data-testid="record-title">
        {type.success ? RECORD_TYPE_LABELS_VI[type.data] : "Biên bản"}
      </h1>
      <div className="flex flex-wrap items-center gap-1">
        <StateBadge state={view.reviewState} testId="record-state" />
        <FlagBadges isLateSync={view.timing.isLate} isCaptureInFuture={view.timing.isInFuture} isRevision={typeof revisionOf === "string"} />
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">Hồ sơ: </dt>
          <dd className="inline text-slate-900" data-testid="record-case">
            QĐ {view.case.decisionNumber} · {view.case.debtorName} ({STATUS_LABELS_VI[view.case.status]})
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Đơn vị: </dt>
          <dd className="inline text-slate-900">{view.case.unitName}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Chấp hành viên lập: </dt>
          <dd className="inline text-slate-900" data-testid="record-author">
            {view.author.name}
          </dd>
        </div>
      </dl>
      {view.supersededBy ? (
        <p className="text-sm">
          Biên bản này đã được thay bằng bản sửa.{" "}
          <Link href={routes.reviewRecord(view.supersededBy)} className="inline-flex min-h-11 items-center text-blue-800 underline" data-testid="superseded-by-link">
            Xem bản sửa mới hơn
          </Link>
        </p>
      ) : null}
    </header>
  );
}
