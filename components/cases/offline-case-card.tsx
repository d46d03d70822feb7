"use client";

import Link from "next/link";
import type { LocalCase } from "@/lib/client/db/field-database";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { totalMoneyObligation } from "@/lib/domain/case-money";
import { formatDateVi } from "@/lib/domain/dates";
import type { DueAction } from "@/lib/domain/deadlines/case-deadlines";
import { formatVnd } from "@/lib/domain/money";
import { partyName } from "@/lib/domain/party-name";
import { routes } from "@/lib/routes";
import { useI18n } from "../i18n/i18n-provider";

export interface CaseRow {
  item: LocalCase;
  next: DueAction | null;
  isOverdue: boolean;
}

/** Nearest deadline first; cases with no running deadline last, by decision number. */
export function compareByDeadline(a: CaseRow, b: CaseRow): number {
  if (a.next && b.next) return a.next.dueOn.localeCompare(b.next.dueOn);
  if (a.next || b.next) return a.next ? -1 : 1;
  return a.item.detail.case.decisionNumber.localeCompare(b.item.detail.case.decisionNumber);
}

export function OfflineCaseCard({ row }: { row: CaseRow }) {
  const { t } = useI18n();
  const { case: item, assignedOfficer } = row.item.detail;
  return (
    <li className={`rounded-lg border bg-white shadow-sm ${row.isOverdue ? "border-red-300" : "border-slate-200"}`}>
      <Link href={routes.case(item.id)} className="block p-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700">
        <span className="flex flex-wrap items-baseline justify-between gap-2">
          <span className="font-semibold text-blue-900">
            {item.decisionNumber} <span className="font-normal text-slate-600">· {formatDateVi(item.decisionDate)}</span>
          </span>
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">{STATUS_LABELS_VI[item.status]}</span>
        </span>
        <span className="mt-1 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-2">
          <span>
            <span className="text-slate-600">{t("cases.debtor")}: </span>
            {partyName(item.debtor)}
          </span>
          <span>
            <span className="text-slate-600">{t("cases.creditor")}: </span>
            {partyName(item.creditor)}
          </span>
          <span>
            <span className="text-slate-600">{t("cases.money")}: </span>
            {formatVnd(totalMoneyObligation(item.obligations))}
          </span>
          <span>
            <span className="text-slate-600">{t("cases.officer")}: </span>
            {assignedOfficer?.name ?? "—"} · {t(`kind.${item.kind}`)}
          </span>
        </span>
        {row.next ? (
          <span className={`mt-1 block text-sm ${row.isOverdue ? "font-semibold text-red-800" : "text-slate-800"}`} data-testid="case-deadline">
            {row.isOverdue ? t("cases.overdueOn") : t("cases.dueOn")}: {row.next.labelVi} — {formatDateVi(row.next.dueOn)}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
