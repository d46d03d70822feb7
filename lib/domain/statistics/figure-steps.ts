import { reportYearBounds } from "../dates";
import { caseFigures, EMPTY_FIGURES, type Figures, type LedgerCase } from "./case-figures";

// A case's figures over a report year are a step function of the as-of date: they change only on the days its
// ledger has something (its acceptance, a decision, a money entry). Its steps — the change on each such day,
// the first on 1/10 carrying the state the year opens with — add up to `caseFigures` on any date of the year:
//   caseFigures(c, year, d) = Σ { step.delta : step.date ≤ d }
// which is what lets the server keep per-day sums (lib/server/results/rollup) and answer any as-of date by
// adding rows, instead of reading every case. Steps are computed BY caseFigures, so the two cannot disagree.

export interface FigureStep {
  date: string; // ISO date within the report year
  delta: Figures;
}

export function subtractFigures(a: Figures, b: Figures): Figures {
  const difference = { ...a };
  for (const key of Object.keys(difference) as (keyof Figures)[]) difference[key] -= b[key];
  return difference;
}

export function isZeroFigures(figures: Figures): boolean {
  for (const key of Object.keys(figures) as (keyof Figures)[]) if (figures[key] !== 0) return false;
  return true;
}

/** The days of the year on which the case's figures may change: 1/10, then every ledger date inside the year. */
function changeDates(ledgerCase: LedgerCase, start: string, end: string): string[] {
  const dates = new Set<string>([start]);
  const add = (date: string) => {
    if (date > start && date <= end) dates.add(date);
  };
  add(ledgerCase.acceptedDate);
  for (const event of ledgerCase.events) add(event.decisionDate);
  for (const entry of ledgerCase.moneyEntries) add(entry.entryDate);
  return [...dates].sort();
}

/** The case's non-zero steps in report year `reportYear`, in date order. */
export function caseFigureSteps(ledgerCase: LedgerCase, reportYear: number): FigureStep[] {
  const { start, end } = reportYearBounds(reportYear);
  const steps: FigureStep[] = [];
  let previous = EMPTY_FIGURES;
  for (const date of changeDates(ledgerCase, start, end)) {
    const figures = caseFigures(ledgerCase, reportYear, date);
    const delta = subtractFigures(figures, previous);
    if (!isZeroFigures(delta)) steps.push({ date, delta });
    previous = figures;
  }
  return steps;
}
