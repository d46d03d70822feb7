import Link from "next/link";
import { HEAD_DECISION_LABELS_VI, type HeadDecisionKind } from "@/lib/domain/review/head-decision";
import { routes } from "@/lib/routes";

/**
 * An approved verification whose conclusion differs from the case's status: the verification is only the
 * officer's proposal, the case changes when the head signs the decision (Luật THADS Đ.44a).
 */
export function HeadDecisionNote({ kind, caseId }: { kind: HeadDecisionKind; caseId: string }) {
  return (
    <section role="note" aria-label="Cần ra quyết định" data-testid="head-decision" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">Cần ra quyết định</p>
      <p>{HEAD_DECISION_LABELS_VI[kind]}</p>
      <Link href={routes.caseLedger(caseId)} className="inline-flex min-h-11 items-center text-blue-800 underline">
        Ghi quyết định vào hồ sơ
      </Link>
    </section>
  );
}
