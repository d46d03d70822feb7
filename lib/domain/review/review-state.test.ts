import { expect, test } from "vitest";
import { isAwaitingDecision, reviewTransition, type ReviewMove, type ReviewState } from "./review-state";
import { ReviewStateSchema } from "./review-schemas";

const LEGAL: Record<string, ReviewState> = {
  "submitted approve": "approved",
  "submitted return": "returned",
  "submitted supersede": "superseded",
  "returned supersede": "superseded",
};

test("the machine allows exactly four moves; every other one is refused with a reason in Vietnamese", () => {
  for (const from of ReviewStateSchema.options) {
    for (const move of ["approve", "return", "supersede"] as ReviewMove[]) {
      const result = reviewTransition(from, move);
      const legal = LEGAL[`${from} ${move}`];
      if (legal) expect(result, `${from} ${move}`).toEqual({ ok: true, to: legal });
      else expect(result.ok === false && result.message.length > 10, `${from} ${move}`).toBe(true);
    }
  }
});

test("approved and superseded are final; only submitted waits for a decision", () => {
  for (const state of ["approved", "superseded"] as const) expect(["approve", "return", "supersede"].some((move) => reviewTransition(state, move as ReviewMove).ok)).toBe(false);
  expect(ReviewStateSchema.options.filter(isAwaitingDecision)).toEqual(["submitted"]);
});
