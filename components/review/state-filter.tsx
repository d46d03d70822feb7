import type { ReviewCounts } from "@/lib/domain/api/review";
import { REVIEW_STATE_LABELS_VI, type ReviewState } from "@/lib/domain/review/review-state";

// Toggle buttons rather than ARIA tabs: each one reloads the list below instead of showing a panel, and
// buttons need no arrow-key handling to be usable by keyboard.
const ORDER: readonly ReviewState[] = ["submitted", "returned", "approved", "superseded"];

interface StateFilterProps {
  value: ReviewState | null;
  counts: ReviewCounts | null;
  onChange(state: ReviewState | null): void;
}

function Choice({ isPressed, label, count, testId, onClick }: { isPressed: boolean; label: string; count: number | null; testId: string; onClick(): void }) {
  return (
    <button
      type="button"
      aria-pressed={isPressed}
      data-testid={testId}
      onClick={onClick}
      className={`min-h-11 rounded-full border px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
        isPressed ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
      }`}
    >
      {label}
      {count === null ? null : <span className={isPressed ? "text-blue-100" : "text-slate-600"}> ({count.toLocaleString("vi-VN")})</span>}
    </button>
  );
}

/** The queue's state filter, with the number of records in each state under the other filters. */
export function StateFilter({ value, counts, onChange }: StateFilterProps) {
  const total = counts ? ORDER.reduce((sum, state) => sum + counts[state], 0) : null;
  return (
    <div role="group" aria-label="Trạng thái duyệt" className="flex flex-wrap gap-2">
      {ORDER.map((state) => (
        <Choice
          key={state}
          isPressed={value === state}
          label={REVIEW_STATE_LABELS_VI[state]}
          count={counts ? counts[state] : null}
          testId={`state-filter-${state}`}
          onClick={() => onChange(state)}
        />
      ))}
      <Choice isPressed={value === null} label="Tất cả" count={total} testId="state-filter-all" onClick={() => onChange(null)} />
    </div>
  );
}
