import { IsoDateSchema } from "../date-schemas";
import { z } from "../z";
import type { LegalPeriods, RegimeTable } from "./legal-periods";

// Tables of periods checked where they come from outside the code (settings, server configuration), apart from
// legal-periods.ts so that the phone's deadline arithmetic does not load zod (issue #7: first-load JS).

export const RegimeSchema = z.enum(["old", "new"]);

const DaysSchema = z.number().int().min(1).max(366);

// What each field means: the `LegalPeriods` and `RegimeTable` interfaces (legal-periods.ts).
export const LegalPeriodsSchema: z.ZodType<LegalPeriods> = z
  .object({
    regime: RegimeSchema,
    notifyWorkingDays: DaysSchema,
    voluntaryComplianceDays: DaysSchema,
    verifyAfterVoluntaryDays: DaysSchema,
    reverifyNoConditionMonths: z.number().int().min(1).max(24),
    reverifyNoConditionYearlyMonths: z.number().int().min(1).max(24),
    postingDays: DaysSchema,
    noConditionDecisionWorkingDays: DaysSchema,
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
    newRegimeFrom: IsoDateSchema,
    old: LegalPeriodsSchema.refine((p) => p.regime === "old", { error: "Bảng thời hạn cũ phải có regime \"old\"" }),
    new: LegalPeriodsSchema.refine((p) => p.regime === "new", { error: "Bảng thời hạn mới phải có regime \"new\"" }),
  })
  .strict();

/** Validates a table of periods supplied from elsewhere (settings, server configuration). Throws on bad data. */
export function buildRegimeTable(input: unknown): RegimeTable {
  return RegimeTableSchema.parse(input);
}
