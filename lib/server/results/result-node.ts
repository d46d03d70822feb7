import "server-only";
import type { ResultNode } from "@/lib/domain/api/results";
import { addFigures, type Figures } from "@/lib/domain/statistics/case-figures";
import { bpToPercent, gapBp, ratesOf } from "@/lib/domain/statistics/rates";
import type { Target } from "./unit-targets";

/** One node of the results tree from its figures, its target (own or inherited) and its children. */
export interface KindFigures {
  chuDong: Figures;
  theoYeuCau: Figures;
}

const percent = (bp: number | null) => (bp === null ? null : bpToPercent(bp));

function kindPart(figures: Figures) {
  const rates = ratesOf(figures);
  return { figures, caseRate: percent(rates.caseRateBp), moneyRate: percent(rates.moneyRateBp) };
}

export function resultNode(
  head: { id: string; kind: ResultNode["kind"]; name: string; code: string | null },
  byKind: KindFigures,
  target: { value: Target | null; inherited: boolean },
  children: ResultNode[] = [],
): ResultNode {
  const figures = addFigures(byKind.chuDong, byKind.theoYeuCau);
  const rates = ratesOf(figures);
  return {
    ...head,
    figures,
    carriedForward: rates.carriedForward,
    moneyDone: rates.moneyDone,
    caseRate: percent(rates.caseRateBp),
    moneyRate: percent(rates.moneyRateBp),
    caseTarget: percent(target.value?.caseRateBp ?? null),
    moneyTarget: percent(target.value?.moneyRateBp ?? null),
    caseGap: percent(gapBp(rates.caseRateBp, target.value?.caseRateBp ?? null)),
    moneyGap: percent(gapBp(rates.moneyRateBp, target.value?.moneyRateBp ?? null)),
    targetInherited: target.inherited,
    byKind: { chuDong: kindPart(byKind.chuDong), theoYeuCau: kindPart(byKind.theoYeuCau) },
    children,
  };
}
