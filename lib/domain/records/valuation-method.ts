import { DecisionNumberSchema } from "../case-status-schemas";
import { IsoDateSchema } from "../date-schemas";
import { MoneySchema } from "../money-schema";
import { NameSchema } from "../parties";
import { z } from "../z";

// How the price of distrained assets was set (Luật THADS Đ.98–99; NĐ 62 Đ.25–26; Luật 106/2025 Đ.82;
// NĐ 152/2026 Đ.60–62; domain §1.6).

const PriceSchema = MoneySchema.refine((amount) => amount > 0, { error: "Giá phải lớn hơn 0" });

// NĐ 152/2026 Đ.60 k.2: the firm must be on the officially published list of valuation firms.
export const ValuationFirmSchema = z
  .object({
    name: z.string().trim().min(2, { error: "Thiếu tên doanh nghiệp thẩm định giá" }).max(200),
    listReference: z.string().trim().min(2, { error: "Thiếu căn cứ danh sách doanh nghiệp thẩm định giá được công bố" }).max(300),
    contractNumber: z.string().trim().min(1, { error: "Thiếu số hợp đồng" }).max(60),
    contractDate: IsoDateSchema,
    certificateNumber: z.string().trim().min(1, { error: "Thiếu số chứng thư thẩm định giá" }).max(60),
    certificateDate: IsoDateSchema,
    value: PriceSchema,
    validUntil: IsoDateSchema, // hiệu lực của chứng thư / báo cáo thẩm định giá
  })
  .strict()
  .superRefine((firm, ctx) => {
    if (firm.certificateDate < firm.contractDate) {
      ctx.addIssue({ code: "custom", path: ["certificateDate"], message: "Chứng thư không thể có trước hợp đồng thẩm định giá" });
    }
    if (firm.validUntil < firm.certificateDate) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "Thời hạn hiệu lực phải từ ngày phát hành chứng thư trở đi" });
    }
  });
export type ValuationFirm = z.infer<typeof ValuationFirmSchema>;

export const CouncilMemberSchema = z
  .object({
    fullName: NameSchema,
    title: z.string().trim().min(2, { error: "Thiếu chức vụ của thành viên Hội đồng" }).max(200),
    isChair: z.boolean(),
    opinion: z.string().trim().min(2, { error: "Biên bản phải ghi ý kiến của từng thành viên" }).max(2000),
    vote: z.enum(["agree", "disagree"]), // on the result price
  })
  .strict();
export type CouncilMember = z.infer<typeof CouncilMemberSchema>;

// NĐ 152/2026 Đ.60 k.3: ≥ 3 members chaired by the CHV; majority vote, the chair's vote decides a tie.
export const ValuationCouncilSchema = z
  .object({
    decisionNumber: DecisionNumberSchema, // quyết định thành lập Hội đồng xác định giá
    members: z.array(CouncilMemberSchema).min(3, { error: "Hội đồng xác định giá có ít nhất 3 thành viên" }).max(15),
    resultPrice: PriceSchema,
  })
  .strict()
  .superRefine((council, ctx) => {
    const chairs = council.members.filter((member) => member.isChair);
    if (chairs.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "Hội đồng phải có đúng một Chủ tịch" });
      return;
    }
    if (!isApprovedByMajority(council.members)) {
      ctx.addIssue({ code: "custom", path: ["members"], message: "Giá xác định chưa được đa số thành viên Hội đồng tán thành" });
    }
  });

export function isApprovedByMajority(members: readonly CouncilMember[]): boolean {
  const agree = members.filter((member) => member.vote === "agree").length;
  const disagree = members.length - agree;
  if (agree !== disagree) return agree > disagree;
  return members.some((member) => member.isChair && member.vote === "agree");
}

export const ValuationMethodSchema = z.discriminatedUnion("method", [
  // Đ.98 k.1 / NĐ 152 Đ.60 k.1: the parties' agreed price; the signers are the record's participants.
  z.object({ method: z.literal("thoa_thuan_gia"), agreedPrice: PriceSchema }).strict(),
  z.object({ method: z.literal("thoa_thuan_to_chuc"), firm: ValuationFirmSchema }).strict(),
  z.object({ method: z.literal("to_chuc_do_chv_chon"), firm: ValuationFirmSchema }).strict(),
  z.object({ method: z.literal("hoi_dong"), council: ValuationCouncilSchema }).strict(),
  // NĐ 152/2026 Đ.60 k.4–5: perishable goods, or goods of small value (≤ 5 × regional minimum wage).
  z
    .object({ method: z.literal("chv_tu_xac_dinh"), reason: z.enum(["perishable", "small_value"]), price: PriceSchema })
    .strict(),
]);
export type ValuationMethod = z.infer<typeof ValuationMethodSchema>;

/** The price the method arrived at. */
export function determinedPrice(method: ValuationMethod): number {
  switch (method.method) {
    case "thoa_thuan_gia":
      return method.agreedPrice;
    case "thoa_thuan_to_chuc":
    case "to_chuc_do_chv_chon":
      return method.firm.value;
    case "hoi_dong":
      return method.council.resultPrice;
    case "chv_tu_xac_dinh":
      return method.price;
  }
}
