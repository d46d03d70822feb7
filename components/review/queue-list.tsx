import type { ReviewQueueItem } from "@/lib/domain/api/review";
import { isAwaitingDecision } from "@/lib/domain/review/review-state";
import { QueueItem } from "./queue-item";

interface QueueListProps {
  items: readonly ReviewQueueItem[];
  canSelect: boolean;
  selectedIds: ReadonlySet<string>;
  onSelect(ids: ReadonlySet<string>): void;
}

/** The records of one page; a head can tick those waiting for a decision, one by one or all at once. */
export function QueueList({ items, canSelect, selectedIds, onSelect }: QueueListProps) {
  const selectable = canSelect ? items.filter((item) => isAwaitingDecision(item.reviewState)) : [];
  const isAllSelected = selectable.length > 0 && selectable.every((item) => selectedIds.has(item.id));

  function toggle(id: string, isSelected: boolean) {
    const next = new Set(selectedIds);
    if (isSelected) next.add(id);
    else next.delete(id);
    onSelect(next);
  }

  return (
    <div className="flex flex-col gap-2">
      {selectable.length > 0 ? (
        <label className="inline-flex min-h-11 items-center gap-2 self-start px-1 text-base text-slate-900">
          <input
            type="checkbox"
            checked={isAllSelected}
            data-testid="review-select-all"
            onChange={(event) => onSelect(event.target.checked ? new Set(selectable.map((item) => item.id)) : new Set())}
            className="size-5"
          />
          Chọn tất cả biên bản chờ duyệt trên trang này ({selectable.length})
        </label>
      ) : null}
      <ul className="flex flex-col gap-3" data-testid="review-list">
        {items.map((item) => (
          <QueueItem
            key={item.id}
            item={item}
            selection={selectable.includes(item) ? { isSelected: selectedIds.has(item.id), onToggle: (isSelected) => toggle(item.id, isSelected) } : undefined}
          />
        ))}
      </ul>
    </div>
  );
}
