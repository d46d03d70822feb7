import { MoneySchema } from "../money-schema";
import { z } from "../z";
import { type AttachmentUse, hasSigned, hasSignedRole, type Participant, participantAttachmentUses, ParticipantsSchema } from "./participants";
import { determinedPrice, ValuationMethodSchema } from "./valuation-method";

// Biên bản thẩm định giá / xác định giá (domain §1.6).

export const ValuedAssetSchema = z
  .object({
    description: z.string().trim().min(2, { error: "Thiếu mô tả tài sản" }).max(2000),
    assetRef: z.string().trim().min(1, { error: "Thiếu tham chiếu tài sản (biên bản kê biên, số thứ tự …)" }).max(200),
    quantity: z.number().positive({ error: "Số lượng phải lớn hơn 0" }).max(1e9), // may be an area or a weight
    unit: z.string().trim().max(30).optional(),
  })
  .strict();
export type ValuedAsset = z.infer<typeof ValuedAssetSchema>;

function isParty(participant: Participant): boolean {
  return participant.role === "duong_su" || participant.role === "nguoi_dai_dien";
}

function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}

export const ValuationPayloadSchema = z
  .object({
    assets: z.array(ValuedAssetSchema).min(1, { error: "Phải ghi ít nhất một tài sản được định giá" }).max(100),
    method: ValuationMethodSchema,
    startingPrice: MoneySchema, // giá khởi điểm
    notes: z.string().trim().max(5000).optional(),
    participants: ParticipantsSchema,
  })
  .strict()
  .superRefine((payload, ctx) => {
    const { method, participants } = payload;
    if (!hasSignedRole(participants, ["chap_hanh_vien"])) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: "Biên bản định giá phải có Chấp hành viên ký" });
    }
    // Đ.98 k.1; NĐ 152/2026 Đ.60 k.1: an agreement binds only if every party to it signs; there are at least
    // two sides (người được và người phải thi hành án).
    if (method.method === "thoa_thuan_gia" || method.method === "thoa_thuan_to_chuc") {
      const parties = participants.filter(isParty);
      if (parties.length < 2 || !parties.every(hasSigned)) {
        ctx.addIssue({
          code: "custom",
          path: ["participants"],
          message: "Thỏa thuận phải có chữ ký hoặc điểm chỉ của tất cả đương sự (ít nhất hai bên)",
        });
      }
    }
    // NĐ 152/2026 Đ.60 k.3: the council is chaired by the CHV who signs these minutes.
    if (method.method === "hoi_dong") {
      const chairIndex = method.council.members.findIndex((member) => member.isChair);
      const chair = method.council.members[chairIndex];
      const officers = participants.filter((p) => p.role === "chap_hanh_vien" && hasSigned(p));
      if (chair && !officers.some((p) => normalizeName(p.fullName) === normalizeName(chair.fullName))) {
        ctx.addIssue({
          code: "custom",
          path: ["method", "council", "members", chairIndex, "fullName"],
          message: "Chủ tịch Hội đồng xác định giá phải là Chấp hành viên ký biên bản",
        });
      }
    }
    // Đ.98 k.1, Đ.101 k.1: the agreed or determined price is the auction's starting price.
    if (payload.startingPrice !== determinedPrice(method)) {
      ctx.addIssue({ code: "custom", path: ["startingPrice"], message: "Giá khởi điểm phải bằng giá đã thỏa thuận hoặc xác định" });
    }
  });
export type ValuationPayload = z.infer<typeof ValuationPayloadSchema>;

export function valuationAttachmentUses(payload: ValuationPayload): AttachmentUse[] {
  return participantAttachmentUses(payload.participants);
}
