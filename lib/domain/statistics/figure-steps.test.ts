import { expect, test } from "vitest";
import { prng, randomCase } from "@/test/random-ledger";
import { addDays } from "../dates";
import { caseFigures, EMPTY_FIGURES, sumFigures, type LedgerCase } from "./case-figures";
import { caseFigureSteps } from "./figure-steps";

const asOfSum = (c: LedgerCase, year: number, date: string) => sumFigures(caseFigureSteps(c, year).filter((step) => step.date <= date).map((step) => step.delta));

test("a case's steps add up to its figures on every day of the year (random ledgers, every day checked)", () => {
  const random = prng(2026);
  for (let round = 0; round < 150; round += 1) {
    const ledgerCase = randomCase(random);
    const steps = caseFigureSteps(ledgerCase, 2021);
    expect(steps.map((step) => step.date)).toEqual([...new Set(steps.map((step) => step.date))].sort());
    let running = EMPTY_FIGURES;
    let next = 0;
    for (let date = "2020-10-01"; date <= "2021-09-30"; date = addDays(date, 1)) {
      while (steps[next] && (steps[next]?.date ?? "") <= date) running = sumFigures([running, steps[next++]?.delta ?? EMPTY_FIGURES]);
      expect(running, `round ${round}, ${date}`).toEqual(caseFigures(ledgerCase, 2021, date));
    }
  }
});

test("hand example: carried over on 1/10, a receipt in March, thi hành xong in June", () => {
  const ledgerCase: LedgerCase = {
    acceptedDate: "2019-05-02",
    obligationTotal: 100_000_000,
    events: [
      { seq: 0, status: "dang_thi_hanh", ground: null, decisionDate: "2019-05-02" },
      { seq: 1, status: "thi_hanh_xong", ground: null, decisionDate: "2021-06-10" },
    ],
    moneyEntries: [
      { kind: "co_dieu_kien", amount: 100_000_000, entryDate: "2019-06-01" },
      { kind: "thu", amount: 40_000_000, entryDate: "2021-03-15" },
      { kind: "thu", amount: 60_000_000, entryDate: "2021-06-10" },
      { kind: "thu", amount: 5_000_000, entryDate: "2021-10-02" }, // the next year: no step in 2021
    ],
  };
  const steps = caseFigureSteps(ledgerCase, 2021);
  expect(steps.map((step) => step.date)).toEqual(["2020-10-01", "2021-03-15", "2021-06-10"]);
  expect(steps[0]?.delta).toMatchObject({ carriedOver: 1, toEnforce: 1, withConditions: 1, ongoing: 1, moneyWithConditions: 100_000_000, moneyCollected: 0 });
  expect(steps[1]?.delta).toEqual({ ...EMPTY_FIGURES, moneyCollected: 40_000_000 });
  expect(steps[2]?.delta).toEqual({ ...EMPTY_FIGURES, ongoing: -1, finished: 1, moneyCollected: 60_000_000 });
  expect(asOfSum(ledgerCase, 2021, "2021-09-30")).toEqual(caseFigures(ledgerCase, 2021, "2021-09-30"));
});

test("a case closed before the year, or accepted after it, has no step at all", () => {
  const closed: LedgerCase = { acceptedDate: "2019-01-01", obligationTotal: 1, events: [{ seq: 1, status: "dinh_chi", ground: null, decisionDate: "2020-02-02" }], moneyEntries: [] };
  const later: LedgerCase = { acceptedDate: "2021-10-01", obligationTotal: 1, events: [], moneyEntries: [] };
  expect(caseFigureSteps(closed, 2021)).toEqual([]);
  expect(caseFigureSteps(later, 2021)).toEqual([]);
});
