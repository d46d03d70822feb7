import { CaseStatusSchema } from "../case-status-schemas";
import { IsoDateSchema, IsoDateTimeSchema } from "../date-schemas";
import { Sha256HexSchema, UuidSchema } from "../ids";
import { RecordTypeSchema } from "../records/envelope";
import { ReturnReasonSchema, ReviewStateSchema } from "../review/review-schemas";
import { z } from "../z";

// The review API contract (issue #5), shared by the route handlers and the supervisor's screens:
//   GET  /api/review/queue            the office's records (a leader: the province's, read only)
//   GET  /api/review/records/{id}     one record with everything a reviewer checks (audited as a view)
//   POST /api/review/{recordId}       { decision: "approve" } | { decision: "return", reason }
//   GET  /api/audit/verify            (admin) recompute the audit chain

const BooleanTextSchema = z.enum(["true", "false"], { error: "Giá trị phải là true hoặc false" }).transform((value) => value === "true");

export const REVIEW_QUEUE_PAGE_MAX = 200;

export const RecordIdParamsSchema = z.object({ id: UuidSchema }).strict();
export const DecisionParamsSchema = z.object({ recordId: UuidSchema }).strict();

export const ReviewQueueQuerySchema = z
  .object({
    state: ReviewStateSchema.optional(), // absent: every state
    type: RecordTypeSchema.optional(),
    officerId: UuidSchema.optional(),
    from: IsoDateSchema.optional(), // received on or after (Vietnam date)
    to: IsoDateSchema.optional(), // received on or before
    overdue: BooleanTextSchema.optional(),
    page: z.coerce.number().int().min(1, { error: "Trang bắt đầu từ 1" }).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(REVIEW_QUEUE_PAGE_MAX, { error: `Mỗi trang tối đa ${REVIEW_QUEUE_PAGE_MAX} biên bản` }).default(50),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: "Ngày bắt đầu phải trước ngày kết thúc", path: ["to"] });
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;

const PersonRefSchema = z.object({ id: UuidSchema, name: z.string() }).strict();

export const ReviewQueueItemSchema = z
  .object({
    id: UuidSchema,
    type: RecordTypeSchema,
    caseId: UuidSchema,
    caseDecisionNumber: z.string(),
    debtorName: z.string(),
    author: PersonRefSchema,
    capturedAt: IsoDateTimeSchema,
    receivedAt: IsoDateTimeSchema,
    reviewState: ReviewStateSchema,
    revisionOf: UuidSchema.nullable(),
    dueDate: IsoDateSchema, // the working day by which the head should decide
    isOverdue: z.boolean(),
    isLateSync: z.boolean(),
    isCaptureInFuture: z.boolean(),
  })
  .strict();
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

export const ReviewCountsSchema = z
  .object({ submitted: z.number().int(), approved: z.number().int(), returned: z.number().int(), superseded: z.number().int(), overdue: z.number().int() })
  .strict();
export type ReviewCounts = z.infer<typeof ReviewCountsSchema>;

export const DecisionNeededSchema = z
  .object({
    caseId: UuidSchema,
    caseDecisionNumber: z.string(),
    debtorName: z.string(),
    caseStatus: CaseStatusSchema,
    recordId: UuidSchema,
    kind: z.enum(["xac_dinh_chua_co_dieu_kien", "tiep_tuc_thi_hanh"]),
    since: IsoDateTimeSchema,
  })
  .strict();
export type DecisionNeeded = z.infer<typeof DecisionNeededSchema>;

export const ReviewQueueResponseSchema = z
  .object({
    items: z.array(ReviewQueueItemSchema),
    total: z.number().int(), // items matching the filters, all pages
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: ReviewCountsSchema, // per state over the caller's scope and the other filters (not `state`)
    officers: z.array(PersonRefSchema), // the officers of the scope, for the filter
    decisionsNeeded: z.array(DecisionNeededSchema), // « cần ra quyết định »: cases whose approved verification differs
    canDecide: z.boolean(), // false for a leader (read only)
  })
  .strict();
export type ReviewQueueResponse = z.infer<typeof ReviewQueueResponseSchema>;

export const FieldChangeSchema = z
  .object({ path: z.string(), kind: z.enum(["added", "removed", "changed"]), before: z.json().nullable(), after: z.json().nullable() })
  .strict();

export const ReviewHistoryEntrySchema = z
  .object({ decision: z.enum(["approve", "return"]), reason: ReturnReasonSchema.nullable(), decidedBy: PersonRefSchema, decidedAt: IsoDateTimeSchema })
  .strict();
export type ReviewHistoryEntry = z.infer<typeof ReviewHistoryEntrySchema>;

export const AuditEntryViewSchema = z
  .object({ id: z.number().int(), at: IsoDateTimeSchema, action: z.string(), actor: PersonRefSchema.nullable(), detail: z.record(z.string(), z.json()) })
  .strict();
export type AuditEntryView = z.infer<typeof AuditEntryViewSchema>;

export const ReviewRecordViewSchema = z
  .object({
    // The stored record as the device sent it; the screen parses it with FieldRecordSchema, and says so when a
    // tampered row no longer parses (the integrity check below will say « Không khớp » too).
    record: z.record(z.string(), z.json()),
    author: PersonRefSchema,
    case: z.object({ id: UuidSchema, decisionNumber: z.string(), debtorName: z.string(), status: CaseStatusSchema, unitName: z.string() }).strict(),
    serverSeq: z.number().int(),
    reviewState: ReviewStateSchema,
    supersededBy: UuidSchema.nullable(),
    canDecide: z.boolean(), // the caller is the head of the record's office and the state allows a decision
    timing: z.object({ capturedAt: IsoDateTimeSchema, receivedAt: IsoDateTimeSchema, gapHours: z.number(), isLate: z.boolean(), isInFuture: z.boolean() }).strict(),
    integrity: z.object({ isIntact: z.boolean(), storedHash: Sha256HexSchema, computedHash: Sha256HexSchema }).strict(),
    reviews: z.array(ReviewHistoryEntrySchema), // oldest first
    revisions: z.array(z.object({ id: UuidSchema, receivedAt: IsoDateTimeSchema, reviewState: ReviewStateSchema }).strict()), // the chain, oldest first, this one included
    previous: z.object({ id: UuidSchema, changes: z.array(FieldChangeSchema) }).strict().nullable(), // diff against the record it revises
    headDecision: z.enum(["xac_dinh_chua_co_dieu_kien", "tiep_tuc_thi_hanh"]).nullable(),
    audit: z.array(AuditEntryViewSchema), // this record's trail, oldest first
  })
  .strict();
export type ReviewRecordView = z.infer<typeof ReviewRecordViewSchema>;

export const ReviewDecisionResponseSchema = z
  .object({ id: UuidSchema, reviewState: ReviewStateSchema, decidedAt: IsoDateTimeSchema, serverSeq: z.number().int() })
  .strict();
export type ReviewDecisionResponse = z.infer<typeof ReviewDecisionResponseSchema>;

export const AuditVerifyResponseSchema = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }).strict(),
  z.object({ ok: z.literal(false), entries: z.number().int(), firstBrokenEntry: z.number().int(), problem: z.string() }).strict(),
]);
export type AuditVerifyResponse = z.infer<typeof AuditVerifyResponseSchema>;
