import { z } from "./z";

// Statistical status of a case, set only by the head's decisions (field records are evidence, never status
// changes by themselves — domain §2.4). Old-law articles: Luật THADS 2008/2014 Đ.44a, 48, 49, 50; new law
// 106/2025 with NĐ 152/2026 Đ.22, 32 (trả lại yêu cầu).
export const CaseStatusSchema = z.enum([
  "dang_thi_hanh", // thụ lý / tiếp tục thi hành
  "chua_co_dieu_kien", // Đ.44a: grounds a, b, c
  "hoan", // Đ.48 k.1: grounds a … h
  "tam_dinh_chi", // Đ.49
  "dinh_chi", // Đ.50
  "uy_thac_di", // Đ.55: transferred to another office
  "thi_hanh_xong",
  "so_theo_doi_rieng", // NĐ 62 Đ.9 k.5–6; NĐ 152 Đ.22
  "tra_lai_yeu_cau", // NĐ 152 Đ.32 k.1 điểm d
]);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

// Grounds of "chưa có điều kiện" (Đ.44a k.1): a no income/assets, b item gone, c address unknown.
export const NoConditionGroundSchema = z.enum(["a", "b", "c"]);
// Grounds of hoãn (Đ.48 k.1): a, b, c (parties agree), d, đ, e, g, h. "dd" stands for đ.
export const PostponementGroundSchema = z.enum(["a", "b", "c", "d", "dd", "e", "g", "h"]);

export const STATUS_LABELS_VI: Record<CaseStatus, string> = {
  dang_thi_hanh: "Đang thi hành",
  chua_co_dieu_kien: "Chưa có điều kiện",
  hoan: "Hoãn thi hành án",
  tam_dinh_chi: "Tạm đình chỉ",
  dinh_chi: "Đình chỉ",
  uy_thac_di: "Ủy thác đi",
  thi_hanh_xong: "Thi hành xong",
  so_theo_doi_rieng: "Chuyển sổ theo dõi riêng",
  tra_lai_yeu_cau: "Trả lại yêu cầu",
};

const DecisionNumberSchema = z
  .string({ error: "Số quyết định là bắt buộc" })
  .trim()
  .regex(/^\d{1,7}\/[\p{L}\d.-]{2,30}$/u, { error: "Số quyết định phải có dạng 123/QĐ-CCTHADS" });
export { DecisionNumberSchema };

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
