import type { AuditEntryView } from "@/lib/domain/api/review";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { ReviewCard } from "./review-card";
import { auditActionLabel } from "./review-text";

/** Who did what to this record and when, from the append-only audit chain. */
export function AuditTrail({ entries }: { entries: readonly AuditEntryView[] }) {
  return (
    <ReviewCard title="Nhật ký thao tác" testId="audit-trail">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">Chưa có thao tác nào được ghi.</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Nhật ký thao tác, cuộn ngang được">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">Thời điểm</th>
                <th scope="col" className="p-2">Thao tác</th>
                <th scope="col" className="p-2">Người thực hiện</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="audit-row" data-action={entry.action} className="border-b border-slate-200 align-top">
                  <td className="p-2 whitespace-nowrap">{formatDateTimeVi(entry.at)}</td>
                  <td className="p-2">{auditActionLabel(entry.action)}</td>
                  <td className="p-2">{entry.actor?.name ?? "Hệ thống"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReviewCard>
  );
}
