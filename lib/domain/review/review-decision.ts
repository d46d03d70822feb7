import { z } from "../z";

// Why a record goes back to the officer. A category makes returns countable (which mistakes recur, per officer)
// and the text says exactly what to fix; both reach the phone.
export const ReturnCategorySchema = z.enum(["thieu_thong_tin", "sai_thong_tin", "thieu_chu_ky", "anh_khong_ro", "sai_trinh_tu", "khac"]);
export type ReturnCategory = z.infer<typeof ReturnCategorySchema>;

export const RETURN_CATEGORY_LABELS_VI: Record<ReturnCategory, string> = {
  thieu_thong_tin: "Thiếu thông tin",
  sai_thong_tin: "Thông tin chưa chính xác",
  thieu_chu_ky: "Thiếu chữ ký, điểm chỉ hoặc người chứng kiến",
  anh_khong_ro: "Ảnh không rõ hoặc thiếu ảnh",
  sai_trinh_tu: "Sai trình tự, thủ tục",
  khac: "Lý do khác",
};

export const RETURN_REASON_MAX = 2_000;

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
