import { IsoDateTimeSchema } from "../date-schemas";
import { Sha256HexSchema, UuidSchema, UuidV7Schema } from "../ids";
import { z } from "../z";
import { RECORD_TYPES } from "./record-types";

export const RecordTypeSchema = z.enum(RECORD_TYPES);

export const GeoFixSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().nonnegative({ error: "Sai số GPS không được âm" }).max(100_000), // metres
  })
  .strict();
export type GeoFix = z.infer<typeof GeoFixSchema>;

export const AttachmentRefSchema = z
  .object({
    sha256: Sha256HexSchema,
    mime: z.enum(["image/jpeg", "image/png", "image/webp"], { error: "Tệp đính kèm chỉ nhận ảnh JPEG, PNG hoặc WebP" }),
    size: z.number().int().positive().max(10 * 1024 * 1024, { error: "Tệp đính kèm tối đa 10 MB" }),
    kind: z.enum(["photo", "signature", "fingerprint", "document"]),
  })
  .strict();
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

/**
 * The envelope every field record shares. `capturedAt` is what the device reported — kept as-is, never used
 * for ordering or authority; the server records its own receipt time. A final record is an immutable legal
 * document: corrections are new revisions pointing at the record they replace (`revisionOf`).
 */
export const RecordEnvelopeSchema = z
  .object({
    id: UuidV7Schema,
    caseId: UuidSchema,
    authorId: UuidSchema,
    deviceId: z.string().trim().min(8).max(64),
    capturedAt: IsoDateTimeSchema,
    location: GeoFixSchema.nullable(),
    // Why the record has no GPS fix or a poor one (indoors, device without GPS, permission refused).
    locationNote: z.string().trim().min(3, { error: "Ghi rõ lý do (ít nhất 3 ký tự)" }).max(500).nullable(),
    attachments: z.array(AttachmentRefSchema).max(60),
    state: z.enum(["draft", "final"]),
    contentHash: Sha256HexSchema.nullable(),
    revisionOf: UuidV7Schema.nullable(),
  })
  .strict();
export type RecordEnvelope = z.infer<typeof RecordEnvelopeSchema>;
