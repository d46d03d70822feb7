import { CaseKindSchema } from "../cases";
import { CaseStatusSchema } from "../case-status-schemas";
import { IsoDateSchema } from "../date-schemas";
import { UuidSchema } from "../ids";
import { FIGURE_KEYS } from "../statistics/figure-keys";
import { z } from "../z";

// GET /api/results/cases?year=&asOf=&unit=&officer=&figure=&kind=&page= (issue #6): the cases behind one number
// of GET /api/results. Membership is the same per-case computation as the number's (caseFigures), so a list of
// a count figure has exactly `figure` cases and a list of a money figure adds up to it (`amountTotal`).
// `unit` is an office or the province (absent: the caller's own scope, as for /api/results); `officer` is a
// user id, or `unassigned` for the cases of the unit without an assigned officer.

export const RESULT_CASES_PAGE_SIZE = 50;

export const ResultCaseFigureSchema = z.enum(FIGURE_KEYS, { error: "Chỉ số không hợp lệ" });
export type ResultCaseFigure = z.infer<typeof ResultCaseFigureSchema>;

export const ResultCaseKindFilterSchema = z.enum(["chu_dong", "theo_yeu_cau", "all"], { error: "Loại việc phải là chu_dong, theo_yeu_cau hoặc all" });
export type ResultCaseKindFilter = z.infer<typeof ResultCaseKindFilterSchema>;

export const UNASSIGNED_OFFICER = "unassigned";

export const ResultCasesQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000, { error: "Năm báo cáo từ 2000" }).max(2100, { error: "Năm báo cáo đến 2100" }),
    asOf: IsoDateSchema.optional(),
    unit: UuidSchema.optional(),
    officer: z.union([UuidSchema, z.literal(UNASSIGNED_OFFICER)], { error: "Chấp hành viên phải là mã người dùng (UUID) hoặc « unassigned »" }).optional(),
    figure: ResultCaseFigureSchema,
    kind: ResultCaseKindFilterSchema.default("all"),
    page: z.coerce.number().int().min(1, { error: "Trang bắt đầu từ 1" }).max(100_000, { error: "Số trang quá lớn" }).default(1),
  })
  .strict();
export type ResultCasesQuery = z.infer<typeof ResultCasesQuerySchema>;
/** What a caller writes (kind and page may be left out). */
export type ResultCasesQueryInput = z.input<typeof ResultCasesQuerySchema>;

const amount = z.number().int().nonnegative();
const RefSchema = z.object({ id: UuidSchema, name: z.string() }).strict();

export const ResultCaseRowSchema = z
  .object({
    id: UuidSchema,
    decisionNumber: z.string(),
    decisionDate: IsoDateSchema,
    acceptedDate: IsoDateSchema,
    kind: CaseKindSchema,
    debtorName: z.string(),
    creditorName: z.string(),
    unit: RefSchema.extend({ code: z.string() }),
    officer: RefSchema.nullable(),
    /** The status in force on the as-of date (not today's), with its Vietnamese label and ground. */
    status: CaseStatusSchema,
    statusGround: z.string().nullable(),
    statusLabel: z.string(),
    /** The case's money in the report year as of the date, in đồng (the same figures as the results). */
    money: z
      .object({ toEnforce: amount, withConditions: amount, collected: amount, terminated: amount, reduced: amount, done: amount })
      .strict(),
  })
  .strict();
export type ResultCaseRow = z.infer<typeof ResultCaseRowSchema>;

export const ResultCasesResponseSchema = z
  .object({
    reportYear: z.number().int(),
    start: IsoDateSchema,
    end: IsoDateSchema,
    asOf: IsoDateSchema,
    figure: ResultCaseFigureSchema,
    kind: ResultCaseKindFilterSchema,
    unit: RefSchema.extend({ code: z.string(), kind: z.enum(["province", "office"]) }),
    /** The officer the list is narrowed to; `id: null` for the unassigned cases. */
    officer: z.object({ id: UuidSchema.nullable(), name: z.string() }).strict().nullable(),
    /** Cases in the list: for a count figure, the figure itself. */
    total: z.number().int().nonnegative(),
    /** For a money figure, the sum of the list in đồng (the figure itself); null for a count figure. */
    amountTotal: amount.nullable(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(ResultCaseRowSchema),
  })
  .strict();
export type ResultCasesResponse = z.infer<typeof ResultCasesResponseSchema>;
