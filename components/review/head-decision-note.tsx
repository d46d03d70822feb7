import { HEAD_DECISION_LABELS_VI, type HeadDecisionKind } from "@/lib/domain/review/head-decision";

/**
 * An approved verification whose conclusion differs from the case's status: the verification is only the
 * officer's proposal, the case changes when the head signs the decision (Luật THADS Đ.44a).
 */
export function HeadDecisionNote({ kind }: { kind: HeadDecisionKind }) {
  return (
    <section role="note" aria-label="Cần ra quyết định" data-testid="head-decision" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">Cần ra quyết định</p>
      <p>{HEAD_DECISION_LABELS_VI[kind]}</p>
    </section>
  );
}
