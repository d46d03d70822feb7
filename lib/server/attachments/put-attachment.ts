import "server-only";
import { MAX_ATTACHMENT_BYTES, type AttachmentMime } from "@/lib/domain/attachments";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { attachments } from "../db/schema";
import { readBodyBytes } from "../http/read-body-bytes";
import { declaredMime, verifyAttachmentBytes } from "./attachment-checks";
import type { AttachmentStore } from "./attachment-store";

export interface PutAttachmentResult {
  /** true when this call recorded the attachment (201); false when the server already had it (200). */
  created: boolean;
  sha256: string;
  mime: AttachmentMime;
  size: number;
}

/**
 * PUT /api/attachments/{sha256}: stores one image under the SHA-256 of its bytes (architecture §4). Checks,
 * cheapest first: declared type (415), size while reading (413), the bytes' own signature (415), the hash
 * (422). Idempotent, so the sync engine may resend after any failure: bytes the server has are not rewritten.
 */
export async function putAttachment(
  db: Db,
  store: AttachmentStore,
  user: SessionUser,
  sha256: string,
  request: Request,
): Promise<PutAttachmentResult> {
  const mime = declaredMime(request.headers.get("content-type"));
  const bytes = await readBodyBytes(request, MAX_ATTACHMENT_BYTES);
  verifyAttachmentBytes(mime, bytes, sha256);

  // Bytes first, then the row, so a row never points at missing bytes. A crash between the two leaves a file
  // without a row; the device, having no answer, resends, and this call then only adds the row.
  await store.put(sha256, bytes); // idempotent: bytes already there are left as they are
  // Two devices may upload the same bytes at once: the primary key lets one row in, the other call answers 200.
  const inserted = await db
    .insert(attachments)
    .values({ sha256, mime, size: bytes.byteLength, uploadedBy: user.id })
    .onConflictDoNothing({ target: attachments.sha256 })
    .returning({ sha256: attachments.sha256 });
  return { created: inserted.length > 0, sha256, mime, size: bytes.byteLength };
}
