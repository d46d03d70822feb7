import Link from "next/link";
import type { DecisionNeeded } from "@/lib/domain/api/review";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { formatDateVi, localDateOf } from "@/lib/domain/dates";
import { HEAD_DECISION_LABELS_VI } from "@/lib/domain/review/head-decision";
import { routes } from "@/lib/routes";

/**
 * « Cần ra quyết định »: cases whose approved verification says something their status does not. Only the
 * head's decision changes a case (Luật THADS Đ.44a), so the list stays until that decision is recorded.
 */
export function DecisionsNeeded({ items }: { items: readonly DecisionNeeded[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="decisions-needed-title" data-testid="decisions-needed" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="decisions-needed-title" className="text-lg font-semibold text-amber-950">
        Cần ra quyết định ({items.length})
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {items.map((item) => (
          <li key={`${item.caseId}-${item.recordId}`} className="text-sm text-slate-900">
            <p className="font-medium">{HEAD_DECISION_LABELS_VI[item.kind]}</p>
            <p>
              QĐ {item.caseDecisionNumber} · {item.debtorName} · hiện: {STATUS_LABELS_VI[item.caseStatus]} · từ {formatDateVi(localDateOf(item.since))} ·{" "}
              <Link href={routes.reviewRecord(item.recordId)} className="inline-flex min-h-11 items-center text-blue-800 underline">
                Xem biên bản xác minh
              </Link>{" "}
              ·{" "}
              <Link href={routes.caseLedger(item.caseId)} data-testid="decision-needed-case" className="inline-flex min-h-11 items-center text-blue-800 underline">
                Ghi quyết định
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
