import { formatPercentVi } from "@/lib/domain/money";
import { formatGapVi } from "@/lib/domain/statistics/rates";

// How the results screen writes its numbers. The API sends rates and gaps as percentages (83.99, −0.35) and
// null when there is nothing to divide by or no target; the screen writes « — » for those, never « 0% ».

export const NO_VALUE = "—";

const COUNT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const BILLIONS = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `9334` → `9.334`. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** `83.99` → `83,99%`; null → `—`. */
export function formatRate(value: number | null): string {
  return value === null ? NO_VALUE : formatPercentVi(value);
}

/** A large sum read at a glance: `1529000000` → `1,53 tỷ đồng`; under a billion, null (the exact sum says it). */
export function formatBillions(amount: number): string | null {
  return amount >= 1_000_000_000 ? `${BILLIONS.format(amount / 1_000_000_000)} tỷ đồng` : null;
}

export type GapTone = "above" | "below" | "on";

export interface GapView {
  tone: GapTone;
  text: string; // « vượt 1,49% », « chưa đạt 0,35% », « đạt chỉ tiêu »
}

/** A gap in percentage points as words; the tone only repeats what the words say. */
export function gapView(gap: number | null): GapView | null {
  if (gap === null) return null;
  // The server's gap is a whole number of basis points divided by 100; rounding undoes the float error.
  const bp = Math.round(gap * 100);
  return { tone: bp > 0 ? "above" : bp < 0 ? "below" : "on", text: formatGapVi(bp) };
}
