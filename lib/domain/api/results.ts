import { IsoDateSchema } from "../date-schemas";
import { UuidSchema } from "../ids";
import { z } from "../z";

// GET /api/results?year=&unit=&asOf= (issue #6): the annual results tree province → offices → officers.
// `year` is the year the report year ends (2021 = 1/10/2020 – 30/9/2021); `asOf` defaults to the year's last day,
// or today while the year runs; `unit` narrows a leader's tree to one office.

export const ResultsQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000, { error: "Năm báo cáo từ 2000" }).max(2100, { error: "Năm báo cáo đến 2100" }),
    unit: UuidSchema.optional(),
    asOf: IsoDateSchema.optional(),
  })
  .strict();
export type ResultsQuery = z.infer<typeof ResultsQuerySchema>;

const count = z.number().int().nonnegative();

export const FiguresSchema = z
  .object({
    carriedOver: count,
    newlyAccepted: count,
    transferredOut: count,
    otherExits: count,
    toEnforce: count,
    withConditions: count,
    withoutConditions: count,
    finished: count,
    terminated: count,
    ongoing: count,
    postponed: count,
    suspended: count,
    moneyToEnforce: count,
    moneyWithConditions: count,
    moneyCollected: count,
    moneyTerminated: count,
    moneyReduced: count,
  })
  .strict();

const Percent = z.number().nullable(); // 83.99; null when there is nothing to divide by or no target

export const ResultNodeBaseSchema = z
  .object({
    id: UuidSchema,
    kind: z.enum(["national", "province", "office", "officer"]),
    name: z.string(),
    code: z.string().nullable(),
    figures: FiguresSchema,
    carriedForward: z.number().int(),
    moneyDone: count,
    caseRate: Percent,
    moneyRate: Percent,
    caseTarget: Percent,
    moneyTarget: Percent,
    caseGap: Percent, // rate − target, percentage points: + vượt, − chưa đạt
    moneyGap: Percent,
    targetInherited: z.boolean(), // the target is the parent unit's (none set for this one)
    // Chủ động and theo yêu cầu apart (TT 10/2017 indicators 1901–1905 report both); `figures` is them together.
    byKind: z
      .object({
        chuDong: z.object({ figures: FiguresSchema, caseRate: Percent, moneyRate: Percent }).strict(),
        theoYeuCau: z.object({ figures: FiguresSchema, caseRate: Percent, moneyRate: Percent }).strict(),
      })
      .strict(),
  })
  .strict();

export type ResultNode = z.infer<typeof ResultNodeBaseSchema> & { children: ResultNode[] };

export const ResultNodeSchema: z.ZodType<ResultNode> = ResultNodeBaseSchema.extend({
  get children() {
    return z.array(ResultNodeSchema);
  },
});

export const ResultsResponseSchema = z
  .object({ reportYear: z.number().int(), start: IsoDateSchema, end: IsoDateSchema, asOf: IsoDateSchema, root: ResultNodeSchema })
  .strict();
export type ResultsResponse = z.infer<typeof ResultsResponseSchema>;

// PUT /api/targets (issue #6 item 3): a leader or an admin sets a unit's targets for a report year, as
// percentages with at most two decimals (82,50 → 82.5). An office without its own inherits the province's.
const TargetRateSchema = z
  .number({ error: "Chỉ tiêu phải là số phần trăm" })
  .min(0, { error: "Chỉ tiêu từ 0%" })
  .max(100, { error: "Chỉ tiêu tối đa 100%" })
  .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { error: "Chỉ tiêu có tối đa hai chữ số thập phân" });

export const TargetInputSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    unitId: UuidSchema,
    caseRate: TargetRateSchema,
    moneyRate: TargetRateSchema,
  })
  .strict();
export type TargetInput = z.infer<typeof TargetInputSchema>;

export const TargetRowSchema = z
  .object({ unitId: UuidSchema, unitName: z.string(), year: z.number().int(), caseRate: z.number().nullable(), moneyRate: z.number().nullable(), inherited: z.boolean() })
  .strict();
export const TargetsResponseSchema = z.object({ year: z.number().int(), targets: z.array(TargetRowSchema) }).strict();
export type TargetsResponse = z.infer<typeof TargetsResponseSchema>;
export const TargetsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict();
