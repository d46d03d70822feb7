import type { ReviewQueueResponse } from "@/lib/domain/api/review";
import { RecordTypeSchema } from "@/lib/domain/records/envelope";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import { DEFAULT_QUEUE_FILTERS, filtersProblem, type QueueFilters, withFilter } from "./queue-filters";
import { StateFilter } from "./state-filter";

interface QueueFilterBarProps {
  filters: QueueFilters;
  data: ReviewQueueResponse | null;
  onChange(filters: QueueFilters): void;
}

const CONTROL = "min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700";
const LABEL = "flex flex-col gap-1 text-sm font-medium text-slate-800";

/** State, type, officer, receipt dates and « quá hạn »: every change reloads the queue from page 1. */
export function QueueFilterBar({ filters, data, onChange }: QueueFilterBarProps) {
  const set = (patch: Partial<Omit<QueueFilters, "page">>) => onChange(withFilter(filters, patch));
  const problem = filtersProblem(filters);
  const isDefault = JSON.stringify({ ...filters, page: 1 }) === JSON.stringify(DEFAULT_QUEUE_FILTERS);
  return (
    <section aria-label="Bộ lọc" className="flex flex-col gap-3">
      <StateFilter value={filters.state} counts={data?.counts ?? null} onChange={(state) => set({ state })} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <label className={LABEL}>
          Loại biên bản
          <select
            value={filters.type ?? ""}
            data-testid="filter-type"
            onChange={(event) => set({ type: RecordTypeSchema.safeParse(event.target.value).data ?? null })}
            className={CONTROL}
          >
            <option value="">Tất cả</option>
            {RecordTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {RECORD_TYPE_LABELS_VI[type]}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Chấp hành viên
          <select value={filters.officerId ?? ""} data-testid="filter-officer" onChange={(event) => set({ officerId: event.target.value || null })} className={CONTROL}>
            <option value="">Tất cả</option>
            {(data?.officers ?? []).map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.name}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Nhận từ ngày
          <input type="date" value={filters.from ?? ""} data-testid="filter-from" onChange={(event) => set({ from: event.target.value || null })} className={CONTROL} />
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor="review-filter-to" className="text-sm font-medium text-slate-800">
            Đến ngày
          </label>
          <input
            id="review-filter-to"
            type="date"
            value={filters.to ?? ""}
            data-testid="filter-to"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "review-filter-to-error" : undefined}
            onChange={(event) => set({ to: event.target.value || null })}
            className={`${CONTROL} ${problem ? "border-red-700" : ""}`}
          />
          {problem ? (
            <p id="review-filter-to-error" className="text-sm text-red-800">
              {problem.message}
            </p>
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex min-h-11 items-center gap-2 text-base text-slate-900">
          <input type="checkbox" checked={filters.isOverdueOnly} data-testid="filter-overdue" onChange={(event) => set({ isOverdueOnly: event.target.checked })} className="size-5" />
          Chỉ biên bản quá hạn{data ? ` (${data.counts.overdue.toLocaleString("vi-VN")})` : ""}
        </label>
        {isDefault ? null : (
          <button type="button" onClick={() => onChange(DEFAULT_QUEUE_FILTERS)} className="min-h-11 rounded-md px-3 text-blue-800 underline hover:bg-slate-100">
            Bỏ lọc
          </button>
        )}
      </div>
    </section>
  );
}
