import { expect, test } from "vitest";
import { DEFAULT_REGIME_TABLE, NEW_REGIME_PERIODS, OLD_REGIME_PERIODS, periodsFor, regimeOn } from "./legal-periods";
import { buildRegimeTable, RegimeTableSchema } from "./legal-periods-schemas";

test("the old law applies until 30/6/2026 and the new one from 1/7/2026", () => {
  expect(regimeOn("2026-06-30")).toBe("old");
  expect(regimeOn("2026-07-01")).toBe("new");
  expect(regimeOn("2021-02-08")).toBe("old");
});

test("posting lasts 10 days under the old law and 7 under NĐ 152/2026 Đ.17", () => {
  expect(periodsFor("2026-06-30").postingDays).toBe(10);
  expect(periodsFor("2026-07-01").postingDays).toBe(7);
});

test("the old-law periods (Đ.39 k.2, Đ.44, Đ.44a, Đ.45)", () => {
  const old = periodsFor("2025-01-15");
  expect(old.notifyWorkingDays).toBe(3);
  expect(old.voluntaryComplianceDays).toBe(10);
  expect(old.verifyAfterVoluntaryDays).toBe(10);
  expect(old.reverifyNoConditionMonths).toBe(6);
  expect(old.reverifyNoConditionYearlyMonths).toBe(12);
  expect(old.noConditionDecisionWorkingDays).toBe(5);
  expect(old.articles.notify).toContain("Đ.39 k.2");
});

test("the new-regime figures not read in Law 106/2025 are flagged [?] in their article", () => {
  expect(NEW_REGIME_PERIODS.articles.reverify).toContain("[?]");
  expect(NEW_REGIME_PERIODS.articles.posting).not.toContain("[?]");
});

test("a table with other periods or another start date can be passed in", () => {
  const table = buildRegimeTable({
    newRegimeFrom: "2026-08-01",
    old: OLD_REGIME_PERIODS,
    new: { ...NEW_REGIME_PERIODS, reverifyNoConditionMonths: 3 },
  });
  expect(regimeOn("2026-07-15", table)).toBe("old");
  expect(periodsFor("2026-08-01", table).reverifyNoConditionMonths).toBe(3);
  expect(periodsFor("2026-08-01").reverifyNoConditionMonths).toBe(6);
});

test("a table with the regimes swapped or a bad period is rejected", () => {
  const swapped = RegimeTableSchema.safeParse({ ...DEFAULT_REGIME_TABLE, old: NEW_REGIME_PERIODS });
  expect(swapped.error?.issues.map((issue) => issue.message)).toEqual(['Bảng thời hạn cũ phải có regime "old"']);
  expect(() => buildRegimeTable({ ...DEFAULT_REGIME_TABLE, new: { ...NEW_REGIME_PERIODS, postingDays: 0 } })).toThrow();
  expect(() => buildRegimeTable({ ...DEFAULT_REGIME_TABLE, newRegimeFrom: "2026-02-30" })).toThrow();
});
