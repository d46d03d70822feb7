import { AddressSchema } from "../addresses";
import { NoConditionGroundSchema } from "../case-status-schemas";
import { isSameOrAfter } from "../dates";
import { IsoDateTimeSchema } from "../date-schemas";
import { IdentityNumberSchema } from "../ids";
import { NameSchema } from "../parties";
import { z } from "../z";
import { type AttachmentUse, hasSignedRole, participantAttachmentUses, type ParticipantRole, ParticipantsSchema } from "./participants";
import { assetAttachmentUses, FoundAssetSchema, IncomeSchema } from "./verification-assets";

// Biên bản xác minh điều kiện thi hành án: Luật THADS Đ.44, 44a; NĐ 62 Đ.9; NĐ 152/2026 Đ.21–23 (domain §1.2).

export const InformantBodyTypeSchema = z.enum([
  "ubnd_xa",
  "cong_an_xa",
  "ngan_hang",
  "van_phong_dang_ky_dat_dai",
  "bhxh",
  "co_quan_khac",
]);

export const InformantSchema = z
  .object({
    bodyType: InformantBodyTypeSchema,
    bodyName: z.string().trim().min(2, { error: "Thiếu tên cơ quan, tổ chức cung cấp thông tin" }).max(200),
    personName: NameSchema,
    title: z.string().trim().max(200).optional(),
  })
  .strict();
export type Informant = z.infer<typeof InformantSchema>;

export const MaritalStatusSchema = z.enum(["chua_ket_hon", "da_ket_hon", "ly_hon", "goa"]);

// NĐ 152/2026 Đ.21 k.1: personal ID, marital status (it decides whether assets are shared with a spouse),
// permanent and temporary residence and the place the debtor actually lives.
export const VerifiedSubjectSchema = z
  .object({
    identity: IdentityNumberSchema.optional(),
    maritalStatus: MaritalStatusSchema.optional(),
    permanentResidence: z.string().trim().max(500).optional(),
    temporaryResidence: z.string().trim().max(500).optional(),
    currentResidence: z.string().trim().max(500).optional(),
  })
  .strict();

// NĐ 62 Đ.9 k.1: the minutes must say whether the debtor declared (kê khai) or refused to.
export const DebtorDeclarationSchema = z.discriminatedUnion("status", [
  z
    .object({
      status: z.literal("declared"),
      items: z
        .array(z.string().trim().min(2).max(1000))
        .min(1, { error: "Người phải thi hành án đã kê khai thì phải ghi nội dung kê khai" })
        .max(100),
    })
    .strict(),
  z.object({ status: z.literal("refused") }).strict(),
  z.object({ status: z.literal("not_present") }).strict(),
]);
export type DebtorDeclaration = z.infer<typeof DebtorDeclarationSchema>;

// The conclusion the CHV proposes; only the head's decision changes the case status (domain §2.4).
export const VerificationConclusionSchema = z.discriminatedUnion("conclusion", [
  z.object({ conclusion: z.literal("co_dieu_kien") }).strict(),
  z.object({ conclusion: z.literal("chua_co_dieu_kien"), ground: NoConditionGroundSchema }).strict(),
]);
export type VerificationConclusion = z.infer<typeof VerificationConclusionSchema>;

// Đ.44 k.4: the minutes are confirmed by the UBND xã or công an xã, or by the body, organisation or person
// where the verification takes place — which may be the debtor or their representative at home [?].
const CONFIRMING_ROLES: readonly ParticipantRole[] = ["dai_dien_chinh_quyen", "nguoi_cung_cap_thong_tin", "duong_su", "nguoi_dai_dien"];

export const VerificationPayloadSchema = z
  .object({
    startedAt: IsoDateTimeSchema,
    endedAt: IsoDateTimeSchema,
    place: AddressSchema,
    informants: z.array(InformantSchema).max(30),
    subject: VerifiedSubjectSchema,
    declaration: DebtorDeclarationSchema,
    assets: z.array(FoundAssetSchema).max(100),
    income: IncomeSchema.optional(),
    conclusion: VerificationConclusionSchema,
    notes: z.string().trim().max(5000).optional(),
    participants: ParticipantsSchema,
  })
  .strict()
  .superRefine((payload, ctx) => {
    if (!isSameOrAfter(payload.endedAt, payload.startedAt)) {
      ctx.addIssue({ code: "custom", path: ["endedAt"], message: "Giờ kết thúc không được trước giờ bắt đầu" });
    }
    // Đ.44 k.1, k.4: verification is the CHV's own duty; the CHV signs the minutes.
    if (!hasSignedRole(payload.participants, ["chap_hanh_vien"])) {
      ctx.addIssue({ code: "custom", path: ["participants"], message: "Biên bản xác minh phải có Chấp hành viên ký" });
    }
    if (!hasSignedRole(payload.participants, CONFIRMING_ROLES)) {
      ctx.addIssue({
        code: "custom",
        path: ["participants"],
        message: "Biên bản xác minh phải có xác nhận của UBND, công an cấp xã hoặc cơ quan, tổ chức, cá nhân nơi xác minh",
      });
    }
  });
export type VerificationPayload = z.infer<typeof VerificationPayloadSchema>;

export function verificationAttachmentUses(payload: VerificationPayload): AttachmentUse[] {
  return [...participantAttachmentUses(payload.participants), ...assetAttachmentUses(payload.assets)];
}
