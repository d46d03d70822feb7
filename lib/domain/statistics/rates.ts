import type { Figures } from "./case-figures";

// Rates as the reports print them: percentages with two decimals, rounded half up (83,99%). Computed on
// integers (basis points) with BigInt, because money in đồng times 10,000 exceeds 2^53 at national scale.

/** numerator / denominator in basis points, rounded half up; null when there is nothing to divide by. */
export function rateBp(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Number((BigInt(numerator) * 20_000n + BigInt(denominator)) / (2n * BigInt(denominator)));
}

export interface Rates {
  caseRateBp: number | null; // (xong + đình chỉ) / có điều kiện
  moneyRateBp: number | null; // (tiền xong + tiền đình chỉ + tiền giảm) / tiền có điều kiện
  carriedForward: number; // chuyển kỳ sau = phải thi hành − (xong + đình chỉ)
  moneyDone: number;
}

export function ratesOf(figures: Figures): Rates {
  const done = figures.finished + figures.terminated;
  const moneyDone = figures.moneyCollected + figures.moneyTerminated + figures.moneyReduced;
  return {
    caseRateBp: rateBp(done, figures.withConditions),
    moneyRateBp: rateBp(moneyDone, figures.moneyWithConditions),
    carriedForward: figures.toEnforce - done,
    moneyDone,
  };
}

/** Basis points as the percentage shown: 8399 → 83.99. */
export function bpToPercent(bp: number): number {
  return bp / 100;
}

/** The gap to a target in basis points: positive = vượt, negative = chưa đạt; null without a rate or a target. */
export function gapBp(rate: number | null, target: number | null): number | null {
  return rate === null || target === null ? null : rate - target;
}

/** « vượt 1,49% » / « chưa đạt 0,35% » / « đạt chỉ tiêu » (exactly on target). */
export function formatGapVi(gap: number): string {
  const text = (Math.abs(gap) / 100).toFixed(2).replace(".", ",");
  if (gap > 0) return `vượt ${text}%`;
  if (gap < 0) return `chưa đạt ${text}%`;
  return "đạt chỉ tiêu";
}
