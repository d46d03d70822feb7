import { AddressSchema } from "../addresses";
import { addDays } from "../dates";
import { IsoDateSchema, IsoDateTimeSchema } from "../date-schemas";
import { IdentityNumberSchema, Sha256HexSchema } from "../ids";
import { NameSchema } from "../parties";
import { z } from "../z";

// The parts of a biên bản thông báo / tống đạt / niêm yết (Luật THADS Đ.39–43; NĐ 62 Đ.12; TTLT 11/2016 Đ.2;
// NĐ 152/2026 Đ.15–18). Which blocks a record needs depends on its channel: see service.ts.

export const ServedDocumentTypeSchema = z.enum([
  "quyet_dinh_thi_hanh_an",
  "thong_bao",
  "giay_trieu_tap",
  "quyet_dinh_cuong_che",
  "khac",
]);

export const ServedDocumentSchema = z
  .object({
    number: z.string().trim().min(1, { error: "Thiếu số văn bản" }).max(60),
    date: IsoDateSchema,
    title: z.string().trim().min(2, { error: "Thiếu trích yếu văn bản" }).max(500),
    type: ServedDocumentTypeSchema,
  })
  .strict();

export const ServiceChannelSchema = z.enum([
  "truc_tiep",
  "nguoi_nhan_thay",
  "niem_yet",
  "buu_dien",
  "phuong_tien_thong_tin_dai_chung",
  "vneid",
]);
export type ServiceChannel = z.infer<typeof ServiceChannelSchema>;

export const ServiceOutcomeSchema = z.enum(["delivered", "substitute", "refused", "absent", "moved", "not_found"]);
export type ServiceOutcome = z.infer<typeof ServiceOutcomeSchema>;

export const AddresseeSchema = z
  .object({
    name: NameSchema,
    identity: IdentityNumberSchema.optional(),
    address: AddressSchema.optional(), // the address the document was taken or sent to
  })
  .strict();

// TTLT 11/2016 Đ.2; NĐ 152/2026 Đ.16 k.3: an adult living with the addressee receives the document; the
// minutes record name, relationship, date and hour and the commitment to hand it over.
export const SubstituteReceiverSchema = z
  .object({
    fullName: NameSchema,
    identity: IdentityNumberSchema.optional(),
    relationship: z.string().trim().min(2, { error: "Thiếu quan hệ với người được thông báo" }).max(120),
    commitsToHandOver: z.literal(true, { error: "Người nhận thay phải cam kết chuyển giao văn bản cho người được thông báo" }),
    receivedAt: IsoDateTimeSchema,
  })
  .strict();

export const PostingPlaceKindSchema = z.enum(["tru_so_thads", "ubnd_xa", "nha_van_hoa_thon", "noi_cu_tru"]);

// Posting lasts 10 days under the old law (Đ.42) and 7 under NĐ 152/2026 Đ.17; the shorter one is the floor
// for both regimes, the deadline engine applies the regime's own length.
export const MIN_POSTING_DAYS = 7;

export const PostingSchema = z
  .object({
    places: z
      .array(
        z
          .object({ kind: PostingPlaceKindSchema, description: z.string().trim().min(2).max(500) })
          .strict(),
      )
      .min(1, { error: "Phải ghi ít nhất một nơi niêm yết" })
      .max(10),
    postedOn: IsoDateSchema,
    endsOn: IsoDateSchema,
    photoSha256s: z.array(Sha256HexSchema).max(20),
  })
  .strict()
  .superRefine((posting, ctx) => {
    if (posting.endsOn < addDays(posting.postedOn, MIN_POSTING_DAYS)) {
      ctx.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: `Thời hạn niêm yết ít nhất ${MIN_POSTING_DAYS} ngày kể từ ngày niêm yết`,
      });
    }
  });

// Registered post: the mailing date is the valid notification date (TTLT 11/2016 Đ.2 k.1).
export const PostalSchema = z
  .object({
    trackingNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-Z]{6,40}$/, { error: "Số hiệu bưu gửi chỉ gồm chữ và số (6–40 ký tự)" }),
    mailedOn: IsoDateSchema,
  })
  .strict();

// Đ.43; NĐ 152/2026 Đ.18: two consecutive issues or broadcast days; the second date is the valid date.
export const MediaSchema = z
  .object({
    outlet: z.string().trim().min(2, { error: "Thiếu tên cơ quan báo chí, đài phát thanh, truyền hình" }).max(200),
    firstPublishedOn: IsoDateSchema,
    secondPublishedOn: IsoDateSchema,
  })
  .strict()
  .superRefine((media, ctx) => {
    if (media.secondPublishedOn <= media.firstPublishedOn) {
      ctx.addIssue({
        code: "custom",
        path: ["secondPublishedOn"],
        message: "Lần đăng, phát thứ hai phải sau lần thứ nhất",
      });
    }
  });

// NĐ 152/2026 Đ.15: the instant VNeID reports the notice as sent is the valid notification date.
export const VneidSchema = z.object({ sentAt: IsoDateTimeSchema }).strict();
