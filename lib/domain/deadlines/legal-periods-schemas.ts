import { IsoDateSchema } from "../date-schemas";
import { z } from "../z";
import type { LegalPeriods, RegimeTable } from "./legal-periods";

// Tables of periods checked where they come from outside the code (settings, server configuration), apart from
// legal-periods.ts so that the phone's deadline arithmetic does not load zod (issue #7: first-load JS).

export const RegimeSchema = z.enum(["old", "new"]);

const DaysSchema = z.number().int().min(1).max(366);

export const LegalPeriodsSchema: z.ZodType<LegalPeriods> = z
  .object({
    regime: RegimeSchema,
    /** Notify decisions and notices to the parties, in working days from the document's date. */
    notifyWorkingDays: DaysSchema,
    /** Voluntary compliance, in days from receipt or valid notification of the enforcement decision. */
    voluntaryComplianceDays: DaysSchema,
    /** Verify the debtor's conditions, in days after the voluntary period ends. */
    verifyAfterVoluntaryDays: DaysSchema,
    /** Re-verify a "chưa có điều kiện" case at least this often, in months. */
    reverifyNoConditionMonths: z.number().int().min(1).max(24),
    /** …or this often when the debtor is in prison with ≥ 2 years left or the new address is unknown. */
    reverifyNoConditionYearlyMonths: z.number().int().min(1).max(24),
    /** Public posting (niêm yết) lasts this many days from the posting date. */
    postingDays: DaysSchema,
    /** The head decides "chưa có điều kiện" within this many working days after verification. */
    noConditionDecisionWorkingDays: DaysSchema,
    /** The article each period comes from, shown to the officer next to the deadline. */
    articles: z
      .object({
        notify: z.string(),
        voluntary: z.string(),
        verify: z.string(),
        reverify: z.string(),
        posting: z.string(),
        noConditionDecision: z.string(),
      })
      .strict(),
  })
  .strict();

export const RegimeTableSchema: z.ZodType<RegimeTable> = z
  .object({
    /** First day of the new regime: Luật 106/2025 and NĐ 152/2026 are in force from 1/7/2026. */
    newRegimeFrom: IsoDateSchema,
    old: LegalPeriodsSchema.refine((p) => p.regime === "old", { error: "Bảng thời hạn cũ phải có regime \"old\"" }),
    new: LegalPeriodsSchema.refine((p) => p.regime === "new", { error: "Bảng thời hạn mới phải có regime \"new\"" }),
  })
  .strict();

/** Validates a table of periods supplied from elsewhere (settings, server configuration). Throws on bad data. */
export function buildRegimeTable(input: unknown): RegimeTable {
  return RegimeTableSchema.parse(input);
}
