import { z } from "../z";
import { RecordEnvelopeSchema, RecordTypeSchema } from "./envelope";
import { locationNoteProblem } from "./location-rule";
import type { RecordType } from "./record-types";
import type { AttachmentUse } from "./participants";
import { type ServicePayload, serviceAttachmentUses, ServicePayloadSchema } from "./service";
import { valuationAttachmentUses, type ValuationPayload, ValuationPayloadSchema } from "./valuation";
import { verificationAttachmentUses, type VerificationPayload, VerificationPayloadSchema } from "./verification";

// A field record = the shared envelope + its type + the type's payload.
const VerificationRecordSchema = RecordEnvelopeSchema.extend({
  type: z.literal(RecordTypeSchema.enum.xac_minh),
  payload: VerificationPayloadSchema,
});
const ServiceRecordSchema = RecordEnvelopeSchema.extend({
  type: z.literal(RecordTypeSchema.enum.thong_bao),
  payload: ServicePayloadSchema,
});
const ValuationRecordSchema = RecordEnvelopeSchema.extend({
  type: z.literal(RecordTypeSchema.enum.dinh_gia),
  payload: ValuationPayloadSchema,
});

const FieldRecordUnionSchema = z.discriminatedUnion("type", [
  VerificationRecordSchema,
  ServiceRecordSchema,
  ValuationRecordSchema,
]);

/** The type-and-payload part of a record, discriminated on `type`. */
export type TypedPayload =
  | { type: "xac_minh"; payload: VerificationPayload }
  | { type: "thong_bao"; payload: ServicePayload }
  | { type: "dinh_gia"; payload: ValuationPayload };

/** Every attachment the payload refers to, with its path inside the record. */
export function attachmentUsesOf(record: TypedPayload): AttachmentUse[] {
  const uses = ((): AttachmentUse[] => {
    switch (record.type) {
      case "xac_minh":
        return verificationAttachmentUses(record.payload);
      case "thong_bao":
        return serviceAttachmentUses(record.payload);
      case "dinh_gia":
        return valuationAttachmentUses(record.payload);
    }
  })();
  return uses.map((use) => ({ ...use, path: ["payload", ...use.path] }));
}

export const FieldRecordSchema = FieldRecordUnionSchema.superRefine((record, ctx) => {
  // A final record is an immutable legal document: its content hash is what signatures and audits refer to.
  if (record.state === "final" && record.contentHash === null) {
    ctx.addIssue({ code: "custom", path: ["contentHash"], message: "Biên bản đã hoàn tất phải có mã băm nội dung" });
  }
  const locationProblem = locationNoteProblem(record.location, record.locationNote);
  if (locationProblem) ctx.addIssue({ code: "custom", path: ["locationNote"], message: locationProblem });
  // Signatures, fingerprints and photos live in the envelope's attachment list; a payload pointing at an
  // image the record does not carry could never be printed or verified.
  const carried = new Set(record.attachments.map((attachment) => attachment.sha256));
  for (const use of attachmentUsesOf(record)) {
    if (!carried.has(use.sha256)) {
      ctx.addIssue({ code: "custom", path: use.path, message: "Tệp đính kèm được tham chiếu không có trong biên bản" });
    }
  }
});
export type FieldRecord = z.infer<typeof FieldRecordSchema>;
export type VerificationRecord = Extract<FieldRecord, { type: "xac_minh" }>;
export type ServiceRecord = Extract<FieldRecord, { type: "thong_bao" }>;
export type ValuationRecord = Extract<FieldRecord, { type: "dinh_gia" }>;

// Compile-time check that every record type has a schema above.
const PAYLOAD_SCHEMAS = {
  xac_minh: VerificationPayloadSchema,
  thong_bao: ServicePayloadSchema,
  dinh_gia: ValuationPayloadSchema,
} satisfies Record<RecordType, z.ZodType>;

/** The payload schema of one record type, for forms that validate a payload on its own. */
export function payloadSchemaFor<T extends RecordType>(type: T): (typeof PAYLOAD_SCHEMAS)[T] {
  return PAYLOAD_SCHEMAS[type];
}
