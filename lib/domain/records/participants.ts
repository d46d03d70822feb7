import { IdentityNumberSchema, Sha256HexSchema } from "../ids";
import { NameSchema } from "../parties";
import { z } from "../z";

// Who takes part in a biên bản and in what capacity. `nguoi_nhan_thay` (the adult who receives a document for
// an absent addressee) is a role of its own because TTLT 11/2016 Đ.2 and NĐ 152/2026 Đ.16 k.3 require the
// substitute receiver's own signature on the minutes.
export const ParticipantRoleSchema = z.enum([
  "chap_hanh_vien",
  "thu_ky", // người lập biên bản / công chức THADS
  "duong_su",
  "nguoi_dai_dien",
  "nguoi_chung_kien",
  "dai_dien_chinh_quyen", // UBND xã, công an xã, tổ trưởng tổ dân phố / trưởng thôn
  "nguoi_cung_cap_thong_tin",
  "phien_dich",
  "nguoi_nhan_thay",
]);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

// Vietnamese law accepts a fingerprint (điểm chỉ) wherever a signature is required; on the device both are
// images, referenced by the SHA-256 of the attachment.
export const SignOffSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("signature"), attachmentSha256: Sha256HexSchema }).strict(),
  z.object({ kind: z.literal("fingerprint"), attachmentSha256: Sha256HexSchema }).strict(),
  z.object({ kind: z.literal("refused"), reason: z.string().trim().max(500).optional() }).strict(),
  z.object({ kind: z.literal("absent") }).strict(),
]);
export type SignOff = z.infer<typeof SignOffSchema>;

export const ParticipantSchema = z
  .object({
    role: ParticipantRoleSchema,
    fullName: NameSchema,
    title: z.string().trim().max(200).optional(), // chức vụ, đơn vị công tác
    identity: IdentityNumberSchema.optional(),
    address: z.string().trim().max(500).optional(),
    signOff: SignOffSchema,
  })
  .strict();
export type Participant = z.infer<typeof ParticipantSchema>;

export function hasSigned(participant: Participant): boolean {
  return participant.signOff.kind === "signature" || participant.signOff.kind === "fingerprint";
}

export function hasSignedWitness(participants: readonly Participant[]): boolean {
  return participants.some((p) => p.role === "nguoi_chung_kien" && hasSigned(p));
}

export function hasSignedRole(participants: readonly Participant[], roles: readonly ParticipantRole[]): boolean {
  return participants.some((p) => roles.includes(p.role) && hasSigned(p));
}

// The people who draw up the minutes cannot be absent from them or refuse their own document.
const AUTHOR_ROLES: readonly ParticipantRole[] = ["chap_hanh_vien", "thu_ky"];

export const ParticipantsSchema = z
  .array(ParticipantSchema)
  .max(40, { error: "Biên bản có tối đa 40 người tham gia" })
  .superRefine((participants, ctx) => {
    participants.forEach((p, index) => {
      const isMissing = p.signOff.kind === "refused" || p.signOff.kind === "absent";
      if (isMissing && AUTHOR_ROLES.includes(p.role)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "signOff"],
          message: "Chấp hành viên, người lập biên bản phải ký biên bản",
        });
      }
      // A witness exists to attest to what happened in their presence.
      if (p.role === "nguoi_chung_kien" && p.signOff.kind === "absent") {
        ctx.addIssue({ code: "custom", path: [index, "signOff"], message: "Người chứng kiến phải có mặt" });
      }
    });
    // NĐ 62 Đ.12 k.4; NĐ 152/2026 Đ.16 k.6: a refusal to sign (or an absence) is recorded in the minutes and
    // confirmed by a witness's signature; without it the minutes prove nothing about the refusal.
    const hasMissing = participants.some((p) => p.signOff.kind === "refused" || p.signOff.kind === "absent");
    if (hasMissing && !hasSignedWitness(participants)) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "Có người từ chối ký hoặc vắng mặt: phải có người chứng kiến ký hoặc điểm chỉ vào biên bản",
      });
    }
  });
export type Participants = z.infer<typeof ParticipantsSchema>;

/** An attachment a record refers to, with where it is referred from (for error paths). */
export interface AttachmentUse {
  path: (string | number)[];
  sha256: string;
  kind: "photo" | "signature" | "fingerprint";
}

export function participantAttachmentUses(participants: readonly Participant[]): AttachmentUse[] {
  return participants.flatMap((p, index): AttachmentUse[] =>
    p.signOff.kind === "signature" || p.signOff.kind === "fingerprint"
      ? [{ path: ["participants", index, "signOff", "attachmentSha256"], sha256: p.signOff.attachmentSha256, kind: p.signOff.kind }]
      : [],
  );
}
