"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { isAwaitingDecision } from "@/lib/domain/review/review-state";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { BulkApproveBar } from "./bulk-approve-bar";
import { BulkSummary } from "./bulk-summary";
import { DecisionsNeeded } from "./decisions-needed";
import { DEFAULT_QUEUE_FILTERS, filtersFromSearch, filtersProblem, filtersToApiQuery, filtersToSearch, QUEUE_PAGE_SIZE, type QueueFilters } from "./queue-filters";
import { QueueFilterBar } from "./queue-filter-bar";
import { queueItemLabel } from "./queue-item";
import { QueueList } from "./queue-list";
import { QueuePager } from "./queue-pager";
import { apiErrorMessage } from "./problem-text";
import { LOADING_TEXT, RETRY_TEXT } from "./review-text";
import { useBulkApprove } from "./use-bulk-approve";
import { useReviewQueue } from "./use-review-queue";

const NO_SELECTION: ReadonlySet<string> = new Set();

/** /review: the office's biên bản waiting for the head (a leader sees the province's, read only). */
export function ReviewQueuePage() {
  return <SessionGate>{() => <ReviewQueue />}</SessionGate>;
}

function ReviewQueue() {
  const router = useRouter();
  const searchText = useSearchParams().toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(searchText)), [searchText]);
  const apiQuery = filtersProblem(filters) ? null : filtersToApiQuery(filters).toString();
  const queue = useReviewQueue(apiQuery);
  const bulk = useBulkApprove(queue.reload);
  // A selection belongs to the list it was made on: any reload (filters, page, a decision) clears it.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: "", ids: NO_SELECTION });
  const selectedIds = selection.key === queue.dataKey ? selection.ids : NO_SELECTION;
  const { data } = queue;

  function applyFilters(next: QueueFilters) {
    const search = filtersToSearch(next).toString();
    router.replace(search ? `${routes.review}?${search}` : routes.review, { scroll: false });
  }

  const selected = new Map((data?.items ?? []).filter((item) => selectedIds.has(item.id)).map((item) => [item.id, queueItemLabel(item)]));
  const isDefaultView = JSON.stringify(filters) === JSON.stringify(DEFAULT_QUEUE_FILTERS);
  const canBulkApprove = Boolean(data?.canDecide && data.items.some((item) => isAwaitingDecision(item.reviewState)));

  if (queue.error?.kind === "problem" && queue.error.status === 403) {
    return (
      <section aria-labelledby="review-title" className="flex flex-col gap-4">
        <h1 id="review-title" className="text-2xl font-semibold text-slate-900">
          Duyệt biên bản
        </h1>
        <Alert>Chỉ lãnh đạo Chi cục và lãnh đạo Cục xem được danh sách duyệt biên bản.</Alert>
        <Link href={routes.home} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
          Về trang chính
        </Link>
      </section>
    );
  }

  return (
    <section aria-labelledby="review-title" aria-busy={queue.isLoading} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="review-title" className="text-2xl font-semibold text-slate-900">
          Duyệt biên bản
        </h1>
        {data ? (
          <p className="text-sm text-slate-700" data-testid="review-total">
            {data.total.toLocaleString("vi-VN")} biên bản
          </p>
        ) : null}
      </div>
      {data && !data.canDecide ? <Alert tone="info">Bạn xem với quyền chỉ đọc: biên bản do lãnh đạo Chi cục nơi lập biên bản duyệt.</Alert> : null}
      {data ? <DecisionsNeeded items={data.decisionsNeeded} /> : null}
      <QueueFilterBar filters={filters} data={data} onChange={applyFilters} />
      {bulk.summary ? <BulkSummary summary={bulk.summary} onDismiss={bulk.dismiss} /> : null}
      {canBulkApprove || bulk.progress ? <BulkApproveBar selected={selected} bulk={bulk} /> : null}
      {queue.isLoading ? (
        <p role="status" className="text-slate-700">
          {LOADING_TEXT}
        </p>
      ) : null}
      {queue.error ? (
        <Alert>
          {apiErrorMessage(queue.error)}{" "}
          <button type="button" className="min-h-11 underline" onClick={queue.reload}>
            {RETRY_TEXT}
          </button>
        </Alert>
      ) : null}
      {data && data.items.length === 0 && !queue.isLoading ? (
        <p data-testid="review-empty" className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-700">
          {isDefaultView ? "Không có biên bản nào chờ duyệt" : "Không có biên bản nào khớp với bộ lọc"}
        </p>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className={queue.isLoading ? "opacity-60" : undefined}>
          <QueueList
            items={data.items}
            canSelect={data.canDecide && bulk.progress === null}
            selectedIds={selectedIds}
            onSelect={(ids) => setSelection({ key: queue.dataKey, ids })}
          />
        </div>
      ) : null}
      {data ? <QueuePager page={filters.page} total={data.total} pageSize={QUEUE_PAGE_SIZE} onPage={(page) => applyFilters({ ...filters, page })} /> : null}
    </section>
  );
}
