import "server-only";
import { addFigures, EMPTY_FIGURES, type Figures } from "@/lib/domain/statistics/case-figures";
import { caseFigureSteps, isZeroFigures, subtractFigures } from "@/lib/domain/statistics/figure-steps";
import type { ScopedLedgerCase } from "../load-ledger";

// What the ledger's cases add to the rollup table (lib/server/db/results-schema.ts): each step of a case goes to
// four rows — its officer's day and month, and its office's day and month.

export const OFFICE_TOTAL = "*";
export const UNASSIGNED = "-";

export interface RollupKey {
  reportYear: number;
  unitId: string;
  grain: "d" | "m";
  period: string;
  officerKey: string;
  kind: ScopedLedgerCase["kind"];
}

export type RollupDeltas = Map<string, { key: RollupKey; figures: Figures }>;

const monthOf = (date: string) => `${date.slice(0, 8)}01`;

/** Adds (sign +1) or takes away (sign −1) the cases' steps in each report year. */
export function addCaseSteps(into: RollupDeltas, ledgerCases: readonly ScopedLedgerCase[], reportYears: readonly number[], sign: 1 | -1): void {
  for (const ledgerCase of ledgerCases) {
    const officerKey = ledgerCase.officerId ?? UNASSIGNED;
    for (const reportYear of reportYears) {
      for (const { date, delta } of caseFigureSteps(ledgerCase, reportYear)) {
        const signed = sign === 1 ? delta : subtractFigures(EMPTY_FIGURES, delta);
        for (const grain of ["d", "m"] as const) {
          const period = grain === "d" ? date : monthOf(date);
          for (const key of [officerKey, OFFICE_TOTAL]) {
            add(into, { reportYear, unitId: ledgerCase.unitId, grain, period, officerKey: key, kind: ledgerCase.kind }, signed);
          }
        }
      }
    }
  }
}

function add(into: RollupDeltas, key: RollupKey, figures: Figures) {
  const id = `${key.reportYear}|${key.unitId}|${key.grain}|${key.period}|${key.officerKey}|${key.kind}`;
  const existing = into.get(id);
  if (existing) existing.figures = addFigures(existing.figures, figures);
  else into.set(id, { key, figures });
}

/** The non-zero deltas in key order: writers upsert rows in one order, so two of them never deadlock. */
export function sortedDeltas(deltas: RollupDeltas): { key: RollupKey; figures: Figures }[] {
  return [...deltas.entries()]
    .filter(([, { figures }]) => !isZeroFigures(figures))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, value]) => value);
}
