import { IsoDateTimeSchema } from "./date-schemas";
import { ERROR_STATUS, type ErrorCode } from "./errors";
import { Sha256HexSchema, UuidSchema, UuidV7Schema } from "./ids";
import { RecordTypeSchema } from "./records/envelope";
import { ReturnReasonSchema, ReviewStateSchema } from "./review/review-schemas";
import { z } from "./z";

// Protocol 1, push (architecture §4–§5; issue #4). A batch of at most 50 finalized records; HTTP 200 with one
// result per mutation, so one bad record never jams the queue behind it (PowerSync's lesson). A body that is
// not a batch at all is a 400; a protocol the server does not speak is a 426 ("update the app").
//
// A record is an immutable legal document: the mutation id IS the record id. Pushing an id the server already
// has with the same content hash answers `duplicate` (a retry after a lost response — success); with another
// hash it answers `conflict` and nothing is overwritten.

export const PUSH_MAX_MUTATIONS = 50;

export const MutationTypeSchema = z.enum(["record.submit"]);

export const PushMutationSchema = z
  .object({
    id: UuidV7Schema, // = record.id
    type: MutationTypeSchema,
    record: z.object({}).loose(), // validated per mutation on the server: a bad record is `rejected`, not a 400
  })
  .strict();
export type PushMutation = z.infer<typeof PushMutationSchema>;

export const PushRequestSchema = z
  .object({
    protocol: z.number().int().positive(), // checked against SYNC_PROTOCOL_VERSION → 426
    deviceId: z.string().trim().min(8).max(64),
    mutations: z
      .array(PushMutationSchema)
      .min(1, { error: "Lô đồng bộ phải có ít nhất một biên bản" })
      .max(PUSH_MAX_MUTATIONS, { error: `Mỗi lô đồng bộ tối đa ${PUSH_MAX_MUTATIONS} biên bản` }),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() }).strict()).optional(),
  })
  .strict();

/**
 * Why a mutation was rejected, for the officer: validation, permission, unknown case, missing attachment, or a
 * revision of a record whose review no longer allows one (approved, or already superseded).
 */
export const RejectReasonSchema = z.enum(["validation", "permission", "unknown_case", "missing_attachment", "review_state"]);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

export const MutationResultSchema = z.discriminatedUnion("status", [
  z.object({ id: UuidSchema, status: z.literal("applied"), serverSeq: z.number().int().positive(), receivedAt: IsoDateTimeSchema }).strict(),
  z.object({ id: UuidSchema, status: z.literal("duplicate"), serverSeq: z.number().int().positive(), receivedAt: IsoDateTimeSchema }).strict(),
  z.object({ id: UuidSchema, status: z.literal("rejected"), reason: RejectReasonSchema, problem: ProblemSchema }).strict(),
  z.object({ id: UuidSchema, status: z.literal("conflict"), serverHash: Sha256HexSchema, problem: ProblemSchema }).strict(),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z
  .object({ protocol: z.literal(1), results: z.array(MutationResultSchema).max(PUSH_MAX_MUTATIONS) })
  .strict();
export type PushResponse = z.infer<typeof PushResponseSchema>;

/**
 * The record stream of a pull (`GET /api/sync/pull?since=…`): the caller's own records as the server holds
 * them, in `serverSeq` order, so a device learns what arrived and (with review) what was decided. `since` is the
 * last `serverSeq` the device applied; writers take one advisory lock around `nextval`, so a seq is never seen
 * after a higher one (architecture §5: no skipped rows).
 */
export const PulledRecordSchema = z
  .object({
    id: UuidSchema,
    caseId: UuidSchema,
    type: RecordTypeSchema,
    contentHash: Sha256HexSchema,
    serverSeq: z.number().int().positive(),
    receivedAt: IsoDateTimeSchema,
    // The head's review (issue #5): a decision gives the record a new serverSeq, so it comes back in the stream.
    reviewState: ReviewStateSchema,
    review: z.object({ decidedAt: IsoDateTimeSchema, reason: ReturnReasonSchema.nullable() }).strict().nullable(), // the latest decision
    supersededBy: UuidSchema.nullable(),
  })
  .strict();
export type PulledRecord = z.infer<typeof PulledRecordSchema>;
