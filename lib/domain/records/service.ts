import { localDateOf } from "../dates";
import { IsoDateTimeSchema } from "../date-schemas";
import { z } from "../z";
import { type AttachmentUse, hasSignedRole, hasSignedWitness, participantAttachmentUses, ParticipantsSchema } from "./participants";
import {
  AddresseeSchema,
  MediaSchema,
  PostalSchema,
  PostingSchema,
  ServedDocumentSchema,
  type ServiceChannel,
  ServiceChannelSchema,
  type ServiceOutcome,
  ServiceOutcomeSchema,
  SubstituteReceiverSchema,
  VneidSchema,
} from "./service-blocks";

// Biên bản thông báo / tống đạt / niêm yết (domain §1.3).
const ServicePayloadObjectSchema = z
  .object({
    document: ServedDocumentSchema,
    channel: ServiceChannelSchema,
    addressee: AddresseeSchema,
    attemptedAt: IsoDateTimeSchema,
    outcome: ServiceOutcomeSchema,
    substituteReceiver: SubstituteReceiverSchema.optional(),
    posting: PostingSchema.optional(),
    postal: PostalSchema.optional(),
    media: MediaSchema.optional(),
    vneid: VneidSchema.optional(),
    participants: ParticipantsSchema,
  })
  .strict();
type ServicePayloadObject = z.infer<typeof ServicePayloadObjectSchema>;

// Each channel-specific block belongs to exactly one channel.
const CHANNEL_BLOCKS = [
  { block: "posting", channel: "niem_yet", label: "niêm yết" },
  { block: "postal", channel: "buu_dien", label: "bưu điện" },
  { block: "media", channel: "phuong_tien_thong_tin_dai_chung", label: "phương tiện thông tin đại chúng" },
  { block: "vneid", channel: "vneid", label: "VNeID" },
] satisfies { block: keyof ServicePayloadObject; channel: ServiceChannel; label: string }[];

// Channels whose act is complete once done: nobody is met, so the only outcome is "done" (`delivered`) [?].
const IMPERSONAL_CHANNELS: readonly ServiceChannel[] = ["niem_yet", "phuong_tien_thong_tin_dai_chung", "vneid"];
// Channels where someone goes to the addressee and minutes are made on the spot.
const IN_PERSON_CHANNELS: readonly ServiceChannel[] = ["truc_tiep", "nguoi_nhan_thay"];
const FAILED_OUTCOMES: readonly ServiceOutcome[] = ["refused", "absent", "moved", "not_found"];

function checkService(payload: ServicePayloadObject, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const { channel, outcome } = payload;

  for (const { block, channel: owner, label } of CHANNEL_BLOCKS) {
    const isPresent = payload[block] !== undefined;
    if (channel === owner && !isPresent) issue([block], `Thông báo qua ${label} phải ghi thông tin ${label}`);
    if (channel !== owner && isPresent) issue([block], `Chỉ ghi thông tin ${label} khi thông báo qua ${label}`);
  }

  if (outcome === "substitute" && payload.substituteReceiver === undefined) {
    issue(["substituteReceiver"], "Giao cho người nhận thay phải ghi thông tin người nhận thay");
  }
  if (outcome !== "substitute" && payload.substituteReceiver !== undefined) {
    issue(["substituteReceiver"], "Chỉ ghi người nhận thay khi văn bản được giao cho người nhận thay");
  }
  if (outcome === "substitute" && !IN_PERSON_CHANNELS.includes(channel)) {
    issue(["outcome"], "Chỉ giao trực tiếp mới có thể giao cho người nhận thay");
  }
  if (channel === "nguoi_nhan_thay" && outcome === "delivered") {
    issue(["outcome"], "Giao qua người nhận thay: kết quả là đã giao cho người nhận thay, không phải cho chính đương sự");
  }
  if (IMPERSONAL_CHANNELS.includes(channel) && outcome !== "delivered") {
    issue(["outcome"], "Niêm yết, đăng báo, gửi qua VNeID: kết quả chỉ có thể là đã thực hiện");
  }

  // NĐ 152/2026 Đ.16 k.1 điểm a: VNeID needs the personal ID; physical channels need an address to go to.
  if (channel === "vneid" && payload.addressee.identity?.kind !== "dinh_danh") {
    issue(["addressee", "identity"], "Thông báo qua VNeID phải có số định danh cá nhân của người được thông báo");
  }
  if ((IN_PERSON_CHANNELS.includes(channel) || channel === "buu_dien") && payload.addressee.address === undefined) {
    issue(["addressee", "address"], "Phải ghi địa chỉ nơi giao hoặc gửi văn bản");
  }
  // The refinement also runs when attemptedAt failed its own check: compare only a real instant.
  const attemptedOn = Number.isNaN(Date.parse(payload.attemptedAt)) ? null : localDateOf(payload.attemptedAt);
  if (attemptedOn !== null && payload.document.date > attemptedOn) {
    issue(["document", "date"], "Ngày văn bản không được sau ngày thông báo");
  }

  checkSignatures(payload, issue);
}

function checkSignatures(payload: ServicePayloadObject, issue: (path: string[], message: string) => void): void {
  const { channel, outcome, participants } = payload;
  const isInPerson = IN_PERSON_CHANNELS.includes(channel);
  // NĐ 62 Đ.12: the person who delivers or posts signs the minutes (CHV, THADS officer, commune official).
  if ((isInPerson || channel === "niem_yet") && !hasSignedRole(participants, ["chap_hanh_vien", "thu_ky", "dai_dien_chinh_quyen"])) {
    issue(["participants"], "Người thực hiện việc thông báo, niêm yết phải ký biên bản");
  }
  // Đ.40 k.1: the addressee (or an organisation's representative) signs or gives a fingerprint.
  if (isInPerson && outcome === "delivered" && !hasSignedRole(participants, ["duong_su", "nguoi_dai_dien"])) {
    issue(["participants"], "Người nhận văn bản phải ký hoặc điểm chỉ vào biên bản");
  }
  // TTLT 11/2016 Đ.2; NĐ 152/2026 Đ.16 k.3: signatures of both receiver and deliverer.
  if (outcome === "substitute" && !hasSignedRole(participants, ["nguoi_nhan_thay"])) {
    issue(["participants"], "Người nhận thay phải ký hoặc điểm chỉ vào biên bản");
  }
  // NĐ 62 Đ.12 k.4; NĐ 152/2026 Đ.16 k.6, Đ.17: a refusal, a failed attempt and a posting are each attested
  // by a witness.
  const needsWitness = channel === "niem_yet" || (isInPerson && FAILED_OUTCOMES.includes(outcome));
  if (needsWitness && !hasSignedWitness(participants)) {
    issue(["participants"], "Biên bản từ chối nhận, không giao được hoặc niêm yết phải có người chứng kiến ký");
  }
}

export const ServicePayloadSchema = ServicePayloadObjectSchema.superRefine(checkService);
export type ServicePayload = z.infer<typeof ServicePayloadSchema>;

export function serviceAttachmentUses(payload: ServicePayload): AttachmentUse[] {
  const photos = (payload.posting?.photoSha256s ?? []).map(
    (sha256, index): AttachmentUse => ({ path: ["posting", "photoSha256s", index], sha256, kind: "photo" }),
  );
  return [...participantAttachmentUses(payload.participants), ...photos];
}
