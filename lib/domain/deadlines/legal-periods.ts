// Legal periods by regime (domain §1.1–1.3, §9). The old regime is Luật THADS 2008 as amended in 2014 with
// NĐ 62/2015; the new one is Luật THADS 106/2025/QH15 with NĐ 152/2026, both in force from 1/7/2026. The text
// of Law 106/2025 was not available (domain §0, §8): every new-regime figure taken over from the old law is
// marked [?] and lives here, in one table, so that checking the law is a change of data, not of code.
// Which regime a period follows is decided by the date of the event it counts from [?]: the transition rule
// of NĐ 152/2026 Đ.115 was not read.

export type Regime = "old" | "new";

/** The periods of one regime (validated by `LegalPeriodsSchema` in legal-periods-schemas.ts where they come from outside). */
export interface LegalPeriods {
  regime: Regime;
  /** Notify decisions and notices to the parties, in working days from the document's date. */
  notifyWorkingDays: number;
  /** Voluntary compliance, in days from receipt or valid notification of the enforcement decision. */
  voluntaryComplianceDays: number;
  /** Verify the debtor's conditions, in days after the voluntary period ends. */
  verifyAfterVoluntaryDays: number;
  /** Re-verify a "chưa có điều kiện" case at least this often, in months. */
  reverifyNoConditionMonths: number;
  /** …or this often when the debtor is in prison with ≥ 2 years left or the new address is unknown. */
  reverifyNoConditionYearlyMonths: number;
  /** Public posting (niêm yết) lasts this many days from the posting date. */
  postingDays: number;
  /** The head decides "chưa có điều kiện" within this many working days after verification. */
  noConditionDecisionWorkingDays: number;
  /** The article each period comes from, shown to the officer next to the deadline. */
  articles: { notify: string; voluntary: string; verify: string; reverify: string; posting: string; noConditionDecision: string };
}

export interface RegimeTable {
  /** First day of the new regime: Luật 106/2025 and NĐ 152/2026 are in force from 1/7/2026. */
  newRegimeFrom: string;
  old: LegalPeriods;
  new: LegalPeriods;
}

export const OLD_REGIME_PERIODS: LegalPeriods = {
  regime: "old",
  notifyWorkingDays: 3,
  voluntaryComplianceDays: 10,
  verifyAfterVoluntaryDays: 10,
  reverifyNoConditionMonths: 6,
  reverifyNoConditionYearlyMonths: 12,
  postingDays: 10,
  noConditionDecisionWorkingDays: 5,
  articles: {
    notify: "Luật THADS 2008 (sửa đổi 2014) Đ.39 k.2",
    voluntary: "Luật THADS 2008 (sửa đổi 2014) Đ.45 k.1",
    verify: "Luật THADS 2008 (sửa đổi 2014) Đ.44 k.1",
    reverify: "Luật THADS 2008 (sửa đổi 2014) Đ.44 k.2",
    posting: "Luật THADS 2008 (sửa đổi 2014) Đ.42",
    noConditionDecision: "Luật THADS 2008 (sửa đổi 2014) Đ.44a k.1",
  },
};

export const NEW_REGIME_PERIODS: LegalPeriods = {
  regime: "new",
  notifyWorkingDays: 3, // [?] carried over from the old Đ.39
  voluntaryComplianceDays: 10, // [?] carried over from the old Đ.45
  verifyAfterVoluntaryDays: 10, // [?] carried over from the old Đ.44 k.1
  reverifyNoConditionMonths: 6, // [?] Luật 106/2025 Đ.38 not read; the old 6-month rule is kept
  reverifyNoConditionYearlyMonths: 12, // [?]
  postingDays: 7, // NĐ 152/2026 Đ.17
  noConditionDecisionWorkingDays: 5, // [?] carried over from the old Đ.44a
  articles: {
    notify: "Luật THADS 106/2025 Đ.35 [?]",
    voluntary: "Luật THADS 106/2025 [?] (thời hạn tự nguyện chưa đối chiếu)",
    verify: "Luật THADS 106/2025 Đ.38 [?]",
    reverify: "Luật THADS 106/2025 Đ.38 [?]",
    posting: "Nghị định 152/2026/NĐ-CP Đ.17",
    noConditionDecision: "Luật THADS 106/2025 Đ.38 [?]",
  },
};

export const DEFAULT_REGIME_TABLE: RegimeTable = {
  newRegimeFrom: "2026-07-01",
  old: OLD_REGIME_PERIODS,
  new: NEW_REGIME_PERIODS,
};

/** The regime in force on an ISO date (yyyy-mm-dd; ISO strings compare as dates). */
export function regimeOn(isoDate: string, table: RegimeTable = DEFAULT_REGIME_TABLE): Regime {
  return isoDate.slice(0, 10) < table.newRegimeFrom ? "old" : "new";
}

/** The periods of the regime in force on an ISO date. */
export function periodsFor(isoDate: string, table: RegimeTable = DEFAULT_REGIME_TABLE): LegalPeriods {
  return table[regimeOn(isoDate, table)];
}
