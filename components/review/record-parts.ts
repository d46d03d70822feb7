import { AttachmentRefSchema, type AttachmentRef, type GeoFix, GeoFixSchema } from "@/lib/domain/records/envelope";
import { attachmentUsesOf, type FieldRecord, FieldRecordSchema } from "@/lib/domain/records/field-record";
import { type Participant, ParticipantSchema } from "@/lib/domain/records/participants";
import { z } from "@/lib/domain/z";
import { describePath } from "./diff-format";

// The stored record as the reviewer reads it. A row changed in the database may no longer parse as a
// FieldRecord; the screen says so, but the place, the people and the images are read one part at a time so
// that what can still be shown is shown (the integrity check explains the rest).

export interface ReviewPhoto {
  sha256: string;
  caption: string;
}

export interface RecordParts {
  record: FieldRecord | null;
  location: GeoFix | null;
  locationNote: string | null;
  participants: Participant[];
  photos: ReviewPhoto[];
}

const LooseRecordSchema = z
  .object({
    location: GeoFixSchema.nullable().catch(null),
    locationNote: z.string().nullable().catch(null),
    attachments: z.array(AttachmentRefSchema).catch([]),
    payload: z.object({ participants: z.array(ParticipantSchema).catch([]) }).loose().catch({ participants: [] }),
  })
  .loose();

function photosOf(attachments: readonly AttachmentRef[], captions: ReadonlyMap<string, string>): ReviewPhoto[] {
  return attachments
    .filter((attachment) => attachment.kind === "photo" || attachment.kind === "document")
    .map((attachment, index) => ({ sha256: attachment.sha256, caption: captions.get(attachment.sha256) ?? `Ảnh ${index + 1}` }));
}

export function recordPartsOf(raw: Record<string, unknown>): RecordParts {
  const full = FieldRecordSchema.safeParse(raw);
  if (full.success) {
    const record = full.data;
    const captions = new Map(attachmentUsesOf(record).map((use) => [use.sha256, describePath(use.path.join("."))]));
    return { record, location: record.location, locationNote: record.locationNote, participants: record.payload.participants, photos: photosOf(record.attachments, captions) };
  }
  const loose = LooseRecordSchema.safeParse(raw);
  if (!loose.success) return { record: null, location: null, locationNote: null, participants: [], photos: [] };
  const { location, locationNote, attachments, payload } = loose.data;
  return { record: null, location, locationNote, participants: payload.participants, photos: photosOf(attachments, new Map()) };
}
