import { CASE_STATUSES } from "./case-status";
import { z } from "./z";

// The wire formats of a case's status decisions, apart from case-status.ts so that screens which only show a
// status do not load zod (issue #7: first-load JS).
export const CaseStatusSchema = z.enum(CASE_STATUSES);

// Grounds of "chưa có điều kiện" (Đ.44a k.1): a no income/assets, b item gone, c address unknown.
export const NoConditionGroundSchema = z.enum(["a", "b", "c"]);
// Grounds of hoãn (Đ.48 k.1): a, b, c (parties agree), d, đ, e, g, h. "dd" stands for đ.
export const PostponementGroundSchema = z.enum(["a", "b", "c", "d", "dd", "e", "g", "h"]);

export const DecisionNumberSchema = z
  .string({ error: "Số quyết định là bắt buộc" })
  .trim()
  .regex(/^\d{1,7}\/[\p{L}\d.-]{2,30}$/u, { error: "Số quyết định phải có dạng 123/QĐ-CCTHADS" });

export const StatusEntrySchema = z
  .object({
    status: CaseStatusSchema,
    ground: z.union([NoConditionGroundSchema, PostponementGroundSchema]).nullable(),
    decisionNumber: DecisionNumberSchema,
    decisionDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày quyết định phải theo định dạng yyyy-mm-dd" }),
    signer: z.string().trim().min(2).max(120),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const needsGround = entry.status === "chua_co_dieu_kien" || entry.status === "hoan";
    if (needsGround && entry.ground === null) {
      ctx.addIssue({ code: "custom", path: ["ground"], message: "Quyết định này phải ghi rõ căn cứ (điểm)" });
    }
    if (!needsGround && entry.ground !== null) {
      ctx.addIssue({ code: "custom", path: ["ground"], message: "Trạng thái này không có căn cứ theo điểm" });
    }
    if (entry.status === "chua_co_dieu_kien" && entry.ground !== null && !["a", "b", "c"].includes(entry.ground)) {
      ctx.addIssue({ code: "custom", path: ["ground"], message: "Chưa có điều kiện chỉ có căn cứ a, b hoặc c (Đ.44a)" });
    }
  });
export type StatusEntry = z.infer<typeof StatusEntrySchema>;
