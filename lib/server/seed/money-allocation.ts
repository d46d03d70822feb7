import "server-only";
import { sampleDate } from "./calendar";
import { roundTo, type Rng } from "./prng";

/**
 * Splits `total` đồng into integer parts, part i at most capacities[i], in proportion to weights, summing to
 * exactly `total`. Water-filling: parts that hit their capacity drop out and the rest is shared again. Works in
 * thousands of đồng so receipts look like cash counted at a desk; the odd đồng go to the first part with room.
 */
export function allocateExactly(total: number, capacities: readonly number[], weights: readonly number[]): number[] {
  const parts = capacities.map(() => 0);
  let remaining = Math.floor(total / 1000);
  const roomOf = (i: number) => Math.floor((capacities[i] ?? 0) / 1000) - (parts[i] ?? 0) / 1000;
  let active = capacities.map((_, i) => i).filter((i) => (weights[i] ?? 0) > 0 && roomOf(i) > 0);
  while (remaining > 0 && active.length > 0) {
    const weightSum = active.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    const startRemaining = remaining;
    for (const i of active) {
      const share = Math.max(1, Math.floor((startRemaining * (weights[i] ?? 0)) / weightSum));
      const give = Math.min(share, roomOf(i), remaining);
      parts[i] = (parts[i] ?? 0) + give * 1000;
      remaining -= give;
      if (remaining === 0) break;
    }
    active = active.filter((i) => roomOf(i) > 0);
  }
  if (remaining > 0) throw new Error(`Cannot allocate ${total} đ: capacities too small`);
  const odd = total % 1000;
  const withRoom = parts.findIndex((part, i) => part > 0 && part + odd <= (capacities[i] ?? 0));
  if (odd > 0) {
    if (withRoom < 0) throw new Error(`Cannot place the last ${odd} đ of ${total} đ`);
    parts[withRoom] = (parts[withRoom] ?? 0) + odd;
  }
  return parts;
}

/** Splits `count` items over shares proportional to `weights`, exactly, by the largest-remainder method. */
export function apportion(count: number, weights: readonly number[]): number[] {
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const quotas = weights.map((w) => (count * w) / totalWeight);
  const counts = quotas.map(Math.floor);
  const deficit = count - counts.reduce((sum, c) => sum + c, 0);
  const byRemainder = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, index] of byRemainder.slice(0, deficit)) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

/** Splits an amount into `count` receipts: round instalments, the last one taking the remainder. */
export function splitIntoReceipts(rng: Rng, amount: number, count: number): number[] {
  const step = amount >= 10_000_000 ? 100_000 : 1000;
  if (count <= 1 || amount < count * step * 2) return [amount];
  const parts: number[] = [];
  let left = amount;
  for (let k = 0; k < count - 1; k += 1) {
    const part = roundTo(left * (0.25 + rng.next() * 0.4), step);
    if (part >= left) break;
    parts.push(part);
    left -= part;
  }
  return [...parts, left];
}

/** Dates for `count` receipts in [from, to], sorted; the last one on `to` when the receipt closes the case. */
export function receiptDates(rng: Rng, from: string, to: string, count: number, isLastOnEnd: boolean): string[] {
  const dates = Array.from({ length: count }, () => sampleDate(rng, from, to)).sort();
  if (isLastOnEnd && dates.length > 0) dates[dates.length - 1] = to;
  return dates.sort();
}

/** Exactly `count` amounts of 100.000 đ steps, summing to `total` (the report's 153 reductions, 514 triệu). */
export function reductionAmounts(rng: Rng, count: number, total: number): number[] {
  const step = 100_000;
  const raw = Array.from({ length: count }, () => rng.logUniform(500_000, 12_000_000));
  const rawSum = raw.reduce((sum, value) => sum + value, 0);
  const amounts = raw.map((value) => Math.max(2 * step, Math.round((value * total) / rawSum / step) * step));
  let diff = total - amounts.reduce((sum, value) => sum + value, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    const current = amounts[i] ?? 0;
    if (diff > 0) {
      amounts[i] = current + step;
      diff -= step;
    } else if (current > 2 * step) {
      amounts[i] = current - step;
      diff += step;
    }
  }
  return amounts;
}
