import { expect, test } from "vitest";
import { CaseStatusSchema } from "../case-status-schemas";
import { caseFigures, EMPTY_FIGURES, sumFigures, type LedgerCase } from "./case-figures";
import { COUNT_FIGURE_KEYS, FIGURE_KEYS, figureValue, isMoneyFigure, MONEY_FIGURE_KEYS } from "./figure-keys";
import { ratesOf } from "./rates";

// The drill-down lists (GET /api/results/cases) rest on two facts checked here over every status, ground and
// date shape: a case adds 0 or 1 to a count figure (so the length of a list is the number), and a figure of a
// sum is the sum of the cases' figures (so the list of a unit adds up to the unit's number).

const YEAR = 2021;
const AS_OF = "2021-09-30";

function everyShape(): LedgerCase[] {
  const shapes: LedgerCase[] = [];
  for (const status of CaseStatusSchema.options) {
    for (const ground of [null, "a", "c"]) {
      for (const [acceptedDate, decisionDate] of [["2019-05-02", "2020-06-01"], ["2019-05-02", "2021-02-01"], ["2020-11-02", "2021-03-01"], ["2021-10-05", "2021-10-05"]] as const) {
        shapes.push({
          acceptedDate,
          obligationTotal: 90_000_000,
          events: [
            { seq: 0, status: "dang_thi_hanh", ground: null, decisionDate: acceptedDate },
            { seq: 1, status, ground, decisionDate },
          ],
          moneyEntries: [
            { kind: "co_dieu_kien", amount: 60_000_000, entryDate: "2020-12-01" },
            { kind: "thu", amount: 5_000_000, entryDate: "2021-01-15" },
            { kind: "giam", amount: 1_000_000, entryDate: "2020-08-01" }, // before the year: not counted
            { kind: "dinh_chi", amount: 2_000_000, entryDate: "2021-04-01" },
          ],
        });
      }
    }
  }
  return shapes;
}

test("a case adds 0 or 1 to every count figure, and never a negative sum of money", () => {
  for (const ledgerCase of everyShape()) {
    const figures = caseFigures(ledgerCase, YEAR, AS_OF);
    for (const key of COUNT_FIGURE_KEYS) expect([0, 1], `${key} of ${JSON.stringify(ledgerCase.events[1])}`).toContain(figureValue(figures, key));
    for (const key of MONEY_FIGURE_KEYS) expect(figureValue(figures, key)).toBeGreaterThanOrEqual(0);
  }
});

test("the figure of a sum is the sum of the cases' figures, for every key", () => {
  const all = everyShape().map((ledgerCase) => caseFigures(ledgerCase, YEAR, AS_OF));
  const total = sumFigures(all);
  for (const key of FIGURE_KEYS) {
    expect(all.reduce((sum, figures) => sum + figureValue(figures, key), 0), key).toBe(figureValue(total, key));
  }
  expect(figureValue(total, "toEnforce")).toBeGreaterThan(0);
  expect(figureValue(total, "done")).toBeGreaterThan(0);
});

test("the derived keys are the screen's: xong + đình chỉ, chuyển kỳ sau, tiền đã thi hành", () => {
  const figures = { ...EMPTY_FIGURES, toEnforce: 10, finished: 3, terminated: 2, moneyCollected: 7, moneyTerminated: 5, moneyReduced: 1 };
  expect(figureValue(figures, "done")).toBe(5);
  expect(figureValue(figures, "carriedForward")).toBe(ratesOf(figures).carriedForward);
  expect(figureValue(figures, "carriedForward")).toBe(5);
  expect(figureValue(figures, "moneyDone")).toBe(13);
  expect(isMoneyFigure("moneyDone")).toBe(true);
  expect(isMoneyFigure("done")).toBe(false);
});
