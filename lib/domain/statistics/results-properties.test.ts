import { expect, test } from "vitest";
import { CaseStatusSchema } from "../case-status";
import { caseFigures, sumFigures, type Figures, type LedgerCase } from "./case-figures";
import { ratesOf } from "./rates";

// Invariants over many random ledgers (a seeded generator, so a failure is reproducible).
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const STATUSES = CaseStatusSchema.options;
const GROUNDS = [null, "a", "b", "c", "d"];

function date(random: () => number): string {
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function randomCase(random: () => number): LedgerCase & { office: number; officer: number } {
  const acceptedDate = date(random);
  const events = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
    seq: index + 1,
    status: STATUSES[Math.floor(random() * STATUSES.length)] ?? "dang_thi_hanh",
    ground: GROUNDS[Math.floor(random() * GROUNDS.length)] ?? null,
    decisionDate: date(random) < acceptedDate ? acceptedDate : date(random),
  }));
  const kinds = ["co_dieu_kien", "thu", "dinh_chi", "giam"] as const;
  const moneyEntries = Array.from({ length: Math.floor(random() * 5) }, () => ({
    kind: kinds[Math.floor(random() * kinds.length)] ?? "thu",
    amount: Math.floor(random() * 1e9),
    entryDate: date(random),
  }));
  return { acceptedDate, obligationTotal: Math.floor(random() * 2e9), events, moneyEntries, office: Math.floor(random() * 5), officer: Math.floor(random() * 3) };
}

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
