import { expect, test } from "vitest";
import { randomCase, prng } from "@/test/random-ledger";
import { caseFigures, sumFigures, type Figures } from "./case-figures";
import { ratesOf } from "./rates";

// Invariants over many random ledgers (test/random-ledger.ts: seeded, so a failure is reproducible).

test("over random ledgers: rates stay within 0–100 % or are null, never NaN; parts add up to their wholes", () => {
  const random = prng(20211);
  for (let round = 0; round < 60; round += 1) {
    const cases = Array.from({ length: Math.floor(random() * 80) }, () => randomCase(random));
    const asOf = ["2020-10-01", "2021-03-31", "2021-09-30"][round % 3] ?? "2021-09-30";
    const figures = cases.map((c) => ({ c, f: caseFigures(c, 2021, asOf) }));
    const province = sumFigures(figures.map(({ f }) => f));
    const offices = [0, 1, 2, 3, 4].map((office) => sumFigures(figures.filter(({ c }) => c.office === office).map(({ f }) => f)));
    expect(sumFigures(offices)).toEqual(province);
    for (const office of [0, 1, 2, 3, 4]) {
      const officers = [0, 1, 2].map((officer) => sumFigures(figures.filter(({ c }) => c.office === office && c.officer === officer).map(({ f }) => f)));
      expect(sumFigures(officers)).toEqual(offices[office]);
    }
    for (const f of [province, ...offices]) checkWhole(f);
  }
});

function checkWhole(f: Figures) {
  const rates = ratesOf(f);
  for (const rate of [rates.caseRateBp, rates.moneyRateBp]) {
    if (rate !== null) {
      expect(Number.isFinite(rate)).toBe(true);
      expect(rate).toBeGreaterThanOrEqual(0);
    }
  }
  expect(rates.caseRateBp === null || rates.caseRateBp <= 10_000).toBe(true);
  expect(f.carriedOver + f.newlyAccepted).toBe(f.toEnforce + f.transferredOut + f.otherExits);
  expect(f.toEnforce).toBe(f.withConditions + f.withoutConditions);
  expect(f.withConditions).toBeGreaterThanOrEqual(f.finished + f.terminated + f.ongoing);
  expect(rates.carriedForward).toBe(f.toEnforce - f.finished - f.terminated);
}
