import "client-only";
import { IsoDateTimeSchema } from "@/lib/domain/date-schemas";
import { Sha256HexSchema, UuidSchema } from "@/lib/domain/ids";
import { AttachmentRefSchema } from "@/lib/domain/records/envelope";
import { FieldRecordSchema } from "@/lib/domain/records/field-record";
import { z } from "@/lib/domain/z";

// What a lockdown hand-over file carries once decrypted: the officer's finalized, unsent records exactly as
// they were sealed (their content hashes still verify), with the bytes of every image they refer to.
export const LockdownContentsSchema = z
  .object({
    kind: z.literal("thads-lockdown-contents"),
    exportedAt: IsoDateTimeSchema,
    deviceId: z.string().min(8).max(64),
    author: z.object({ id: UuidSchema, username: z.string(), name: z.string() }).strict(),
    records: z.array(FieldRecordSchema).max(5_000),
    attachments: z.array(z.object({ sha256: Sha256HexSchema, mime: AttachmentRefSchema.shape.mime, base64: z.string() }).strict()).max(50_000),
  })
  .strict();
export type LockdownContents = z.infer<typeof LockdownContentsSchema>;
