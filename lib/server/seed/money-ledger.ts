import "server-only";
import { formatDateVi } from "@/lib/domain/dates";
import { AS_OF, maxDate, PREVIOUS_YEAR_END, YEAR_START } from "./calendar";
import type { MoneyLine } from "./case-obligations";
import type { Outcome } from "./case-timeline";
import type { DraftCase } from "./generate-office-cases";
import { receiptDates, splitIntoReceipts } from "./money-allocation";
import { createRng, roundTo, type Rng } from "./prng";

export type EntryKind = "co_dieu_kien" | "thu" | "dinh_chi" | "giam";

export interface LedgerEntry {
  kind: EntryKind;
  amount: number;
  date: string;
  reference: string | null;
}

export interface CaseLedger {
  entries: LedgerEntry[];
  /** Amount with conditions as of 30/9/2021 (0 unless the case is có điều kiện then). */
  conditioned: number;
}

const CONDITIONED: ReadonlySet<Outcome> = new Set(["xong", "dinh_chi", "dang", "hoan_c"]);
const FINISHED: ReadonlySet<Outcome> = new Set(["xong", "dinh_chi"]);

export function isConditionedOutcome(outcome: Outcome): boolean {
  return CONDITIONED.has(outcome);
}

export function isFinishedOutcome(outcome: Outcome): boolean {
  return FINISHED.has(outcome);
}

export function totalOf(money: readonly MoneyLine[]): number {
  return money.reduce((sum, line) => sum + line.amount, 0);
}

export function assessment(amount: number, date: string): LedgerEntry {
  return { kind: "co_dieu_kien", amount, date, reference: `Biên bản xác minh điều kiện thi hành án ngày ${formatDateVi(date)}` };
}

/** Receipts (one ledger entry each, domain §2.4) paying `amount` between two dates; references are numbered later. */
export function receipts(rng: Rng, amount: number, from: string, to: string, isClosing: boolean): LedgerEntry[] {
  if (amount <= 0) return [];
  const count = rng.weighted([[1, 60], [2, 25], [3, 15]] as const);
  const amounts = splitIntoReceipts(rng, amount, count);
  const dates = receiptDates(rng, from, to, amounts.length, isClosing);
  return amounts.map((part, k) => ({ kind: "thu", amount: part, date: dates[k] ?? to, reference: null }));
}

/**
 * The part of a ledger fixed by the case's own history: assessments, receipts before the year, and the
 * re-assessment of what is carried into 2021. In-year receipts of có điều kiện cases are added per office
 * (closeOfficeLedgers) because they must add up to the office's planned money done.
 */
export function openLedger(draft: DraftCase): CaseLedger {
  const total = totalOf(draft.money);
  const { events, conditionSince, staleConditionDate, isConditionedBeforeYear } = draft.timeline;
  const accepted = events[0]?.date ?? YEAR_START;
  const last = draft.events[draft.events.length - 1];
  if (total === 0 || last === undefined) return { entries: [], conditioned: 0 };
  const rng = createRng(`money:${draft.key}`);

  if (draft.outcome === "ended_before") {
    if (last.status === "uy_thac_di") return { entries: [], conditioned: 0 };
    const entries = [assessment(total, accepted)];
    if (last.status === "thi_hanh_xong") return { entries: [...entries, ...receipts(rng, total, accepted, last.date, true)], conditioned: 0 };
    const paid = rng.chance(0.5) ? roundTo(total * (0.1 + rng.next() * 0.5), 1000) : 0;
    entries.push(...receipts(rng, paid, accepted, last.date, false));
    entries.push({ kind: "dinh_chi", amount: total - paid, date: last.date, reference: `Quyết định đình chỉ số ${last.decisionNumber}` });
    return { entries, conditioned: 0 };
  }

  if (!isConditionedOutcome(draft.outcome)) {
    if (staleConditionDate === null) return { entries: [], conditioned: 0 };
    // Assessed có điều kiện once, then a decision said otherwise: the entry stays in the ledger, the statistics
    // skip it because the case is not có điều kiện on the report date. Some paid a little in between.
    const lostOn = events.find((e) => e.date >= staleConditionDate && e.status !== "dang_thi_hanh")?.date ?? AS_OF;
    const paid = rng.chance(0.3) ? roundTo(total * (0.05 + rng.next() * 0.15), 1000) : 0;
    return { entries: [assessment(total, staleConditionDate), ...receipts(rng, paid, staleConditionDate, lostOn, false)], conditioned: 0 };
  }

  if (isConditionedBeforeYear) {
    const entries = [assessment(total, accepted)];
    const paidBefore = rng.chance(0.35) ? roundTo(total * (0.1 + rng.next() * 0.4), 1000) : 0;
    if (paidBefore === 0) return { entries, conditioned: total };
    entries.push(...receipts(rng, paidBefore, accepted, PREVIOUS_YEAR_END, false));
    // What is left is carried into the new report year as the amount with conditions (chuyển kỳ sau).
    entries.push({ kind: "co_dieu_kien", amount: total - paidBefore, date: YEAR_START, reference: "Chuyển sang năm báo cáo 2021" });
    return { entries, conditioned: total - paidBefore };
  }

  const since = conditionSince ?? accepted;
  const stale = staleConditionDate !== null && staleConditionDate < since ? [assessment(total, staleConditionDate)] : [];
  return { entries: [...stale, assessment(total, since)], conditioned: total };
}

/** A giảm granted by the court: its amount and the number and court of its decision. */
export interface Reduction {
  amount: number;
  number: number;
  court: string;
}

/** The in-year receipts and closing entries of a finished case. */
export function finishLedger(draft: DraftCase, ledger: CaseLedger, reduction: Reduction | null): void {
  const rng = createRng(`finish:${draft.key}`);
  const start = maxDate(draft.timeline.conditionSince ?? YEAR_START, YEAR_START);
  const closing = draft.events[draft.events.length - 1];
  if (closing === undefined || ledger.conditioned === 0) return;
  const end = closing.date;
  if (draft.outcome === "dinh_chi") {
    const paid = rng.chance(0.5) ? roundTo(ledger.conditioned * (0.1 + rng.next() * 0.5), 1000) : 0;
    ledger.entries.push(...receipts(rng, paid, start, end, false));
    // Đình chỉ (Đ.50) ends the case: what was not collected is written off, and counts as done on the money side.
    ledger.entries.push({ kind: "dinh_chi", amount: ledger.conditioned - paid, date: end, reference: `Quyết định đình chỉ số ${closing.decisionNumber}` });
    return;
  }
  const reduced = reduction?.amount ?? 0;
  if (reduction) {
    const date = receiptDates(rng, start, end, 1, false)[0] ?? end;
    // "QĐ-MGTHA" (miễn, giảm thi hành án) is the symbol seen on such court decisions [?].
    const reference = `Quyết định số ${String(reduction.number).padStart(2, "0")}/${date.slice(0, 4)}/QĐ-MGTHA của ${reduction.court}`;
    ledger.entries.push({ kind: "giam", amount: reduced, date, reference });
  }
  ledger.entries.push(...receipts(rng, ledger.conditioned - reduced, start, end, true));
}
