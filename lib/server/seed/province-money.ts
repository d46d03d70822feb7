import "server-only";
import { bankDebtObligations } from "./case-obligations";
import type { OfficeStaff } from "./demo-staff";
import type { DraftCase } from "./generate-office-cases";
import { apportion } from "./money-allocation";
import { totalOf } from "./money-ledger";
import { PROVINCE } from "./office-plan";
import { createRng } from "./prng";

// Ủy thác đi and cases ended before the year are not phải thi hành; every other case's obligations are.
function isToEnforce(draft: DraftCase): boolean {
  return draft.outcome !== "uy_thac" && draft.outcome !== "ended_before";
}

/**
 * Money phải thi hành of the province lands on the planned figure through one company's bank debt without
 * conditions (domain §2.3: the bulk of the 1,529 tỷ is debts nobody can currently pay).
 */
export function balanceProvinceMoney(allCases: readonly DraftCase[]): void {
  const balancing = allCases.find((draft) => draft.balancing === "province_money");
  if (!balancing) throw new Error("No province balancing case");
  const others = allCases.filter((draft) => draft !== balancing && isToEnforce(draft)).reduce((sum, draft) => sum + totalOf(draft.money), 0);
  const amount = PROVINCE.moneyToEnforce - others;
  if (amount < 5_000_000_000) {
    throw new Error(`Province: other cases already owe ${others} đ; raise PROVINCE.moneyToEnforce above ${others + 5_000_000_000}`);
  }
  balancing.money = bankDebtObligations(createRng(`balance:${balancing.key}`), amount, balancing.creditor.label, true);
}

/** Hands the province's reductions (giảm) to the offices in proportion to their finished cases (largest remainder). */
export function splitReductions(offices: readonly OfficeStaff[], amounts: readonly number[]): number[][] {
  const counts = apportion(amounts.length, offices.map((office) => office.plan.casesFinished));
  let next = 0;
  return counts.map((count) => {
    const slice = amounts.slice(next, next + count);
    next += count;
    return slice;
  });
}
