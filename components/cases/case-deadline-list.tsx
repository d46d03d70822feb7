import { formatDateVi } from "@/lib/domain/dates";
import type { DueAction } from "@/lib/domain/deadlines/case-deadlines";

/** The next legal deadlines of a case, overdue ones flagged, each with its legal basis. */
export function CaseDeadlineList({ actions }: { actions: readonly DueAction[] }) {
  if (actions.length === 0) return <p className="text-sm text-slate-700">Không có thời hạn nào đang chạy.</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="Thời hạn">
      {actions.map((action) => (
        <li key={`${action.action}-${action.dueOn}`} data-testid="deadline" className={`rounded-md border p-2 ${action.isOverdue ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
          <span className="block font-medium">
            {action.labelVi}: {formatDateVi(action.dueOn)}
            {action.isOverdue ? <strong className="ml-2 text-red-800">Quá hạn {Math.abs(action.daysLeft)} ngày</strong> : <span className="ml-2 text-slate-700">còn {action.daysLeft} ngày</span>}
          </span>
          <span className="block text-xs text-slate-600">{action.basis}</span>
        </li>
      ))}
    </ul>
  );
}
