import "client-only";
import { ATTACHMENT_BATCH_MAX_FILES, ATTACHMENT_BATCH_TARGET_BYTES } from "@/lib/domain/api/attachment-batch";
import type { FieldDatabase, LocalRecord } from "../db/field-database";
import { readAttachmentBlob } from "../db/local-attachments";
import { type Fetch, postAttachments, type TransportError } from "./transport";

export type UploadOutcome = { ok: true; refused: Map<string, string> } | { ok: false; error: TransportError };

const MISSING = "Ảnh hoặc chữ ký của biên bản không còn trên máy";
const TOO_LARGE = "Ảnh quá lớn (tối đa 10 MB)";

/**
 * Sends the images of a batch of records that the server does not have yet, several per request (up to 2 MB or
 * 20 images; a bigger image alone), and marks each one uploaded as soon as the server has it. Returns, per
 * record id, why it cannot be sent (an image gone from the phone, or refused for good by the server); a failure
 * that is not the images' fault (network, 5xx, 401…) stops the pass with nothing lost.
 */
export async function uploadAttachments(db: FieldDatabase, records: readonly LocalRecord[], fetchImpl: Fetch): Promise<UploadOutcome> {
  const refusedImages = new Map<string, string>();
  const pending: { sha256: string; blob: Blob }[] = [];
  const seen = new Set<string>();
  for (const ref of records.flatMap((record) => record.attachments)) {
    if (seen.has(ref.sha256)) continue;
    seen.add(ref.sha256);
    if ((await db.attachments.get(ref.sha256))?.uploadedAt) continue;
    const blob = await readAttachmentBlob(db, ref.sha256);
    if (blob) pending.push({ sha256: ref.sha256, blob });
    else refusedImages.set(ref.sha256, MISSING);
  }
  for (const chunk of chunks(pending)) {
    const sent = await postAttachments(fetchImpl, chunk);
    if (!sent.ok) {
      // A request is over the server's limit only if one image alone is: that image is refused for good.
      if (sent.error.kind === "too_large" && chunk.length === 1) {
        refusedImages.set(chunk[0]?.sha256 ?? "", TOO_LARGE);
        continue;
      }
      return sent;
    }
    const uploadedAt = new Date().toISOString();
    for (const result of sent.data.results) {
      if (result.status === "rejected") refusedImages.set(result.sha256, result.problem.detail ?? result.problem.title);
      else await db.attachments.update(result.sha256, { uploadedAt });
    }
  }
  const refused = new Map<string, string>();
  for (const record of records) {
    const reason = record.attachments.map((ref) => refusedImages.get(ref.sha256)).find((why) => why !== undefined);
    if (reason) refused.set(record.id, reason);
  }
  return { ok: true, refused };
}

/** Requests of at most ATTACHMENT_BATCH_MAX_FILES images and about ATTACHMENT_BATCH_TARGET_BYTES (a bigger image alone). */
function chunks(files: readonly { sha256: string; blob: Blob }[]): { sha256: string; blob: Blob }[][] {
  const all: { sha256: string; blob: Blob }[][] = [];
  let current: { sha256: string; blob: Blob }[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length === ATTACHMENT_BATCH_MAX_FILES || bytes + file.blob.size > ATTACHMENT_BATCH_TARGET_BYTES)) {
      all.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.blob.size;
  }
  if (current.length > 0) all.push(current);
  return all;
}
