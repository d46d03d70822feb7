import { z } from "../z";
import { RETURN_CATEGORIES, RETURN_REASON_MAX } from "./review-decision";
import { REVIEW_STATES } from "./review-state";

// The wire formats of a review, apart from review-state.ts and review-decision.ts so that screens which only
// show a review's state or reason do not load zod (issue #7: first-load JS).
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export const ReturnCategorySchema = z.enum(RETURN_CATEGORIES);

export const ReturnReasonSchema = z
  .object({
    category: ReturnCategorySchema,
    text: z
      .string({ error: "Cần ghi rõ lý do trả lại" })
      .trim()
      .min(5, { error: "Lý do trả lại cần ít nhất 5 ký tự, nói rõ cần sửa gì" })
      .max(RETURN_REASON_MAX, { error: `Lý do trả lại tối đa ${RETURN_REASON_MAX} ký tự` }),
  })
  .strict();
export type ReturnReason = z.infer<typeof ReturnReasonSchema>;

/** Body of POST /api/review/{recordId}. */
export const ReviewDecisionSchema = z.discriminatedUnion(
  "decision",
  [z.object({ decision: z.literal("approve") }).strict(), z.object({ decision: z.literal("return"), reason: ReturnReasonSchema }).strict()],
  { error: "Quyết định phải là approve (duyệt) hoặc return (trả lại, kèm lý do)" },
);
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;
