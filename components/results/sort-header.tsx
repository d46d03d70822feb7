import type { SortKey, SortOrder } from "./results-sort";

interface SortHeaderProps {
  label: string;
  sortKey: SortKey;
  order: SortOrder | null;
  onSort(key: SortKey): void;
}

/**
 * A column header that sorts the table. `aria-sort` sits on the header cell (where screen readers read it)
 * and only on the sorted column; the arrow repeats it for sighted users.
 */
export function SortHeader({ label, sortKey, order, onSort }: SortHeaderProps) {
  const direction = order?.key === sortKey ? order.direction : null;
  const arrow = direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕";
  return (
    <th scope="col" aria-sort={direction ?? undefined} className="results-num px-1.5 py-2 align-bottom">
      <button
        type="button"
        onClick={() => onSort(sortKey)}
        data-testid={`sort-${sortKey}`}
        className="results-sort-button inline-flex min-h-11 items-center gap-1 whitespace-nowrap rounded px-1 text-right font-semibold text-blue-900 underline decoration-dotted underline-offset-4 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {arrow}
        </span>
      </button>
      <span aria-hidden="true" className="results-print-label hidden">
        {label}
      </span>
    </th>
  );
}
