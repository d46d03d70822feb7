import "client-only";
import { sha256OfBytes } from "@/lib/domain/records/content-hash";
import type { AttachmentRef } from "@/lib/domain/records/envelope";
import type { FieldDatabase, LocalAttachment } from "./field-database";

/** Stores image bytes under their SHA-256 (storing the same bytes twice keeps one copy), with their description. */
export async function storeAttachment(
  db: FieldDatabase,
  input: { bytes: ArrayBuffer; mime: AttachmentRef["mime"]; kind: AttachmentRef["kind"]; ownerId: string },
  now: Date = new Date(),
): Promise<LocalAttachment> {
  const sha256 = await sha256OfBytes(input.bytes);
  const attachment: LocalAttachment = { sha256, mime: input.mime, size: input.bytes.byteLength, kind: input.kind, ownerId: input.ownerId, createdAt: now.toISOString() };
  await db.transaction("rw", db.attachments, db.attachmentBytes, async () => {
    await db.attachmentBytes.put({ sha256, bytes: input.bytes });
    await db.attachments.put(attachment);
  });
  return attachment;
}

/** A stored image as a Blob to show (an object URL) or send; undefined when the bytes are not on the device. */
export async function readAttachmentBlob(db: FieldDatabase, sha256: string): Promise<Blob | undefined> {
  const [attachment, stored] = await Promise.all([db.attachments.get(sha256), db.attachmentBytes.get(sha256)]);
  return attachment && stored ? new Blob([stored.bytes], { type: attachment.mime }) : undefined;
}

/** The attachment list a finalized record carries, in the order the payload refers to them. */
export async function attachmentRefsFor(db: FieldDatabase, uses: readonly { sha256: string; kind: AttachmentRef["kind"] }[]): Promise<AttachmentRef[] | { missing: string[] }> {
  const unique = [...new Map(uses.map((use) => [use.sha256, use])).values()];
  const stored = await db.attachments.bulkGet(unique.map((use) => use.sha256));
  const missing = unique.filter((_, index) => stored[index] === undefined).map((use) => use.sha256);
  if (missing.length > 0) return { missing };
  return unique.map((use, index) => {
    const attachment = stored[index] as LocalAttachment;
    return { sha256: attachment.sha256, mime: attachment.mime, size: attachment.size, kind: use.kind };
  });
}
