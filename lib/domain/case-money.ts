import type { Case } from "./cases";

// Apart from cases.ts (the schemas) so that screens which only show amounts do not load zod (issue #7).
/** What the decision orders the debtor to pay in all, in đồng. */
export function totalMoneyObligation(obligations: Case["obligations"]): number {
  return obligations.money.reduce((sum, item) => sum + item.amount, 0);
}
