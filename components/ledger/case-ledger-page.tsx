"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { CaseFacts } from "../cases/case-facts";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { DecisionForm } from "./decision-form";
import { ledgerBackLink } from "./ledger-back-link";
import { MoneyEntryForm } from "./money-entry-form";
import { useCaseDetail } from "./use-case-detail";

/** /review/case?id=…: a case's status history and money ledger, and for the head of its office the forms to add to them. */
export function CaseLedgerPage() {
  const params = useSearchParams();
  const caseId = params.get("id") ?? "";
  const backLink = ledgerBackLink(params.get("from"));
  return <SessionGate>{({ user }) => <CaseLedger caseId={caseId} canWrite={user.role === "supervisor"} backLink={backLink} />}</SessionGate>;
}

function CaseLedger({ caseId, canWrite, backLink }: { caseId: string; canWrite: boolean; backLink: { href: string; label: string } }) {
  const { detail, error, isLoading, reload } = useCaseDetail(caseId);
  const [saved, setSaved] = useState<string | null>(null);
  const back = (
    <Link href={backLink.href} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
      {backLink.label}
    </Link>
  );
  if (!caseId) return <div className="flex flex-col gap-3">{back}<Alert>Thiếu mã hồ sơ trong địa chỉ trang.</Alert></div>;
  if (!detail) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        {isLoading ? <p role="status">Đang tải hồ sơ…</p> : <Alert>{error?.kind === "problem" ? (error.problem.detail ?? "Không tải được hồ sơ.") : "Không tải được hồ sơ; kiểm tra kết nối và thử lại."}</Alert>}
      </div>
    );
  }
  function onSaved(message: string) {
    setSaved(message);
    reload();
  }
  return (
    <div className="flex flex-col gap-4">
      {back}
      <h1 className="text-xl font-semibold">Hồ sơ {detail.case.decisionNumber}</h1>
      {saved ? <p role="status" data-testid="ledger-saved" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-950">{saved}</p> : null}
      {canWrite ? (
        <div className="grid gap-4 md:grid-cols-2">
          <DecisionForm caseId={caseId} onSaved={onSaved} />
          <MoneyEntryForm caseId={caseId} onSaved={onSaved} />
        </div>
      ) : null}
      <CaseFacts detail={detail} />
    </div>
  );
}
