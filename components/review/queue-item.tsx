import Link from "next/link";
import type { ReviewQueueItem } from "@/lib/domain/api/review";
import { formatDateTimeVi, formatDateVi } from "@/lib/domain/dates";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import { routes } from "@/lib/routes";
import { FlagBadges, StateBadge } from "./review-badges";

interface QueueItemProps {
  item: ReviewQueueItem;
  /** Present when the item can be ticked for a bulk approval (a head, a record waiting for a decision). */
  selection?: { isSelected: boolean; onToggle(isSelected: boolean): void };
}

export function queueItemLabel(item: Pick<ReviewQueueItem, "caseDecisionNumber" | "debtorName">): string {
  return `QĐ ${item.caseDecisionNumber} · ${item.debtorName}`;
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <dt className="inline text-slate-600">{term}: </dt>
      <dd className="inline text-slate-900">{children}</dd>
    </div>
  );
}

/** One record of the queue: a card on a phone, a wide row with the badges on the right on a desktop. */
export function QueueItem({ item, selection }: QueueItemProps) {
  return (
    <li data-testid="review-item" data-record-id={item.id} className="flex gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      {selection ? (
        <label className="-m-1 flex min-h-11 min-w-11 shrink-0 cursor-pointer items-start justify-center pt-3">
          <input
            type="checkbox"
            checked={selection.isSelected}
            onChange={(event) => selection.onToggle(event.target.checked)}
            data-testid="review-item-select"
            className="size-5"
          />
          <span className="sr-only">Chọn {queueItemLabel(item)}</span>
        </label>
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col gap-2 md:flex-row md:items-start md:justify-between">
        <div className="min-w-0">
          <Link href={routes.reviewRecord(item.id)} data-testid="review-item-link" className="block rounded text-blue-900 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700">
            <span className="block font-semibold">{RECORD_TYPE_LABELS_VI[item.type]}</span>
            <span className="block text-slate-900">{queueItemLabel(item)}</span>
          </Link>
          <dl className="mt-1 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-2">
            <Fact term="Chấp hành viên">{item.author.name}</Fact>
            <Fact term="Lập lúc">{formatDateTimeVi(item.capturedAt)}</Fact>
            <Fact term="Nhận lúc">{formatDateTimeVi(item.receivedAt)}</Fact>
            <Fact term="Hạn duyệt">{formatDateVi(item.dueDate)}</Fact>
          </dl>
        </div>
        <div className="flex flex-wrap gap-1 md:max-w-64 md:justify-end">
          <StateBadge state={item.reviewState} />
          <FlagBadges isOverdue={item.isOverdue} isLateSync={item.isLateSync} isCaptureInFuture={item.isCaptureInFuture} isRevision={item.revisionOf !== null} />
        </div>
      </div>
    </li>
  );
}
