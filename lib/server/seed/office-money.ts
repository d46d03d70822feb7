import "server-only";
import { AS_OF, maxDate, YEAR_START } from "./calendar";
import { bankDebtObligations } from "./case-obligations";
import type { DraftCase } from "./generate-office-cases";
import { allocateExactly } from "./money-allocation";
import { assessment, finishLedger, isConditionedOutcome, isFinishedOutcome, receipts, type CaseLedger } from "./money-ledger";
import { districtCourt } from "./office-geography";
import { createRng, shuffleInPlace } from "./prng";

type Ledgers = Map<string, CaseLedger>;

function ledgerOf(ledgers: Ledgers, draft: DraftCase): CaseLedger {
  const ledger = ledgers.get(draft.id);
  if (!ledger) throw new Error(`No ledger for case ${draft.key}`);
  return ledger;
}

/**
 * Gives the office's balancing case (a company's bank debt being enforced) the amount that makes the office's
 * money with conditions exactly the planned figure.
 */
export function balanceOfficeMoney(officeCases: readonly DraftCase[], ledgers: Ledgers): void {
  const plan = officeCases[0]?.staff.plan;
  const balancing = officeCases.find((draft) => draft.balancing === "office_money");
  if (!plan || !balancing) throw new Error("Office without a balancing case");
  const others = officeCases
    .filter((draft) => draft !== balancing && isConditionedOutcome(draft.outcome))
    .reduce((sum, draft) => sum + ledgerOf(ledgers, draft).conditioned, 0);
  const amount = plan.moneyWithConditions - others;
  if (amount < 1_000_000_000) {
    throw new Error(`Office ${plan.code}: the other cases already hold ${others} đ with conditions; raise moneyWithConditions above ${others + 1_000_000_000}`);
  }
  balancing.money = bankDebtObligations(createRng(`balance:${balancing.key}`), amount, balancing.creditor.label, true);
  ledgers.set(balancing.id, { entries: [assessment(amount, balancing.timeline.conditionSince ?? YEAR_START)], conditioned: amount });
}

// Giảm (Luật THADS Đ.61–64) only touches debts to the State budget: court fees, fines, confiscations.
const REDUCIBLE = new Set(["phat_hs", "tich_thu", "an_phi_hs"]);

/**
 * Adds the in-year receipts so that the office's money done is exactly `moneyDone`: finished cases are paid in
 * full (receipts, đình chỉ, giảm); the rest is spread as partial receipts over part of the cases still being
 * enforced, never reaching their amount with conditions (else they would be finished).
 */
export function closeOfficeLedgers(officeCases: readonly DraftCase[], ledgers: Ledgers, moneyDone: number, reductions: readonly number[]): void {
  const plan = officeCases[0]?.staff.plan;
  if (!plan) return;
  const finished = officeCases.filter((draft) => isFinishedOutcome(draft.outcome));
  const finishedAmount = finished.reduce((sum, draft) => sum + ledgerOf(ledgers, draft).conditioned, 0);
  const partialTotal = moneyDone - finishedAmount;
  if (partialTotal < 0) throw new Error(`Office ${plan.code}: finished cases alone hold ${finishedAmount} đ, above the planned money done ${moneyDone} đ`);

  const ongoing = officeCases.filter((draft) => !isFinishedOutcome(draft.outcome) && ledgerOf(ledgers, draft).conditioned > 0);
  // About half of the cases being enforced paid something this year, each in proportion to its debt (a share
  // drawn per case); postponed ones less, since the parties agreed to wait. None reaches its full amount.
  const streams = ongoing.map((draft) => createRng(`partial:${draft.key}`));
  const capacities = ongoing.map((draft) => Math.floor(ledgerOf(ledgers, draft).conditioned * (draft.outcome === "hoan_c" ? 0.6 : 0.9)));
  const weights = ongoing.map((draft, i) => {
    const rng = streams[i];
    const share = draft.balancing === "office_money" ? 1 : !rng || rng.chance(0.45) ? 0 : 0.2 + rng.next() * 0.8;
    return share * ledgerOf(ledgers, draft).conditioned;
  });
  const allocation = allocateExactly(partialTotal, capacities, weights);
  ongoing.forEach((draft, i) => {
    const start = maxDate(draft.timeline.conditionSince ?? YEAR_START, YEAR_START);
    const rng = streams[i] ?? createRng(`partial:${draft.key}`);
    ledgerOf(ledgers, draft).entries.push(...receipts(rng, allocation[i] ?? 0, start, AS_OF, false));
  });

  const granted = assignReductions(finished, ledgers, reductions);
  let reductionNumber = 0;
  for (const draft of finished) {
    const amount = granted.get(draft.id);
    if (amount === undefined) {
      finishLedger(draft, ledgerOf(ledgers, draft), null);
      continue;
    }
    reductionNumber += 1;
    const closing = draft.events[draft.events.length - 1]?.date ?? AS_OF;
    // The district court of the office's seat decides on miễn, giảm (Đ.63).
    const court = districtCourt(plan.slug, plan.districtName, closing);
    finishLedger(draft, ledgerOf(ledgers, draft), { amount, number: reductionNumber, court });
  }
}

/** Receipt numbers run per office and calendar year in date order, as in the office's receipt book. */
export function numberReceipts(officeCases: readonly DraftCase[], ledgers: Ledgers): void {
  const receiptsInOrder = officeCases
    .flatMap((draft) => ledgerOf(ledgers, draft).entries.filter((entry) => entry.kind === "thu"))
    .map((entry, order) => ({ entry, order }))
    .sort((x, y) => (x.entry.date < y.entry.date ? -1 : x.entry.date > y.entry.date ? 1 : x.order - y.order));
  const counters = new Map<string, number>();
  for (const { entry } of receiptsInOrder) {
    const year = entry.date.slice(0, 4);
    const next = (counters.get(year) ?? 0) + 1;
    counters.set(year, next);
    entry.reference = `Biên lai thu tiền số ${String(next).padStart(7, "0")}/${year}`;
  }
}

function assignReductions(finished: readonly DraftCase[], ledgers: Ledgers, reductions: readonly number[]): Map<string, number> {
  const candidates = shuffleInPlace(
    createRng(`reductions:${finished[0]?.staff.plan.slug ?? ""}`),
    finished.filter((draft) => draft.outcome === "xong" && REDUCIBLE.has(draft.profile)),
  );
  const granted = new Map<string, number>();
  for (const amount of [...reductions].sort((a, b) => b - a)) {
    const match = candidates.find((draft) => !granted.has(draft.id) && ledgerOf(ledgers, draft).conditioned >= amount + 200_000);
    if (!match) throw new Error(`No finished fine or fee large enough for a reduction of ${amount} đ`);
    granted.set(match.id, amount);
  }
  return granted;
}
