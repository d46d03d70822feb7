import { CaseSchema, CaseKindSchema, MoneyEntrySchema } from "../cases";
import { CaseStatusSchema } from "../case-status-schemas";
import { UuidSchema } from "../ids";
import { z } from "../z";

// The cases API contract (GET /api/cases, GET /api/cases/{id}), shared by the route handlers and the app.

export const CaseListQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1, { error: "Trang bắt đầu từ 1" }).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200, { error: "Mỗi trang tối đa 200 hồ sơ" }).default(50),
    q: z.string().trim().max(100, { error: "Từ khóa tối đa 100 ký tự" }).optional(),
    status: CaseStatusSchema.optional(),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

const RefSchema = z.object({ id: UuidSchema, name: z.string() }).strict();

export const CaseSummarySchema = z
  .object({
    id: UuidSchema,
    decisionNumber: z.string(),
    decisionDate: z.string(),
    kind: CaseKindSchema,
    debtorName: z.string(),
    creditorName: z.string(),
    status: CaseStatusSchema,
    statusGround: z.string().nullable(),
    moneyTotal: z.number().int().nonnegative(),
    assignedOfficer: RefSchema.nullable(),
    unit: RefSchema.extend({ code: z.string() }),
  })
  .strict();
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CaseListResponseSchema = z
  .object({
    items: z.array(CaseSummarySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .strict();
export type CaseListResponse = z.infer<typeof CaseListResponseSchema>;

export const CaseIdParamsSchema = z.object({ id: UuidSchema }).strict();

export const CaseDetailSchema = z
  .object({
    case: CaseSchema,
    assignedOfficer: RefSchema.nullable(),
    unit: RefSchema.extend({ code: z.string() }),
    moneyEntries: z.array(MoneyEntrySchema),
  })
  .strict();
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
