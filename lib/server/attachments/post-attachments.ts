import "server-only";
import { ATTACHMENT_BATCH_MAX_BYTES, ATTACHMENT_BATCH_MAX_FILES, type AttachmentBatchResponse, type AttachmentBatchResult } from "@/lib/domain/api/attachment-batch";
import type { AttachmentMime } from "@/lib/domain/attachments";
import { ERROR_STATUS, ERROR_TITLES_VI } from "@/lib/domain/errors";
import { Sha256HexSchema } from "@/lib/domain/ids";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { attachments } from "../db/schema";
import { AppError } from "../http/app-error";
import { readBodyBytes } from "../http/read-body-bytes";
import { declaredMime, verifyAttachmentBytes } from "./attachment-checks";
import type { AttachmentStore } from "./attachment-store";

interface Accepted {
  sha256: string;
  mime: AttachmentMime;
  bytes: Uint8Array;
}

/**
 * POST /api/attachments: several images in one multipart request (lib/domain/api/attachment-batch.ts). The body
 * is read within the batch limit before parsing (413 past it); a body that is not multipart with 1–20 files
 * named by their SHA-256 is a 400/415 for the whole request. Each file then passes the same checks as a PUT and
 * gets its own result; the accepted ones are stored (bytes first, then one insert for all the rows).
 */
export async function postAttachments(db: Db, store: AttachmentStore, user: SessionUser, request: Request): Promise<AttachmentBatchResponse> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("unsupported_media_type", { detail: "Gửi nhiều ảnh cần Content-Type multipart/form-data" });
  }
  const body = await readBodyBytes(request, ATTACHMENT_BATCH_MAX_BYTES);
  // readBodyBytes concatenates into a fresh ArrayBuffer, never a shared one.
  const form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new AppError("bad_request", { detail: "Không đọc được nội dung multipart gửi lên" });
  });
  const parts = [...form.entries()];
  if (parts.length === 0 || parts.length > ATTACHMENT_BATCH_MAX_FILES) {
    throw new AppError("bad_request", { detail: `Mỗi lần gửi từ 1 đến ${ATTACHMENT_BATCH_MAX_FILES} ảnh` });
  }
  const errors = parts.flatMap(([name, value], index) => [
    ...(Sha256HexSchema.safeParse(name).success ? [] : [{ path: `body.${index}`, message: "Tên mỗi phần phải là mã SHA-256 (64 ký tự hex) của ảnh" }]),
    ...(typeof value === "string" ? [{ path: `body.${index}`, message: "Mỗi phần phải là một tệp ảnh" }] : []),
  ]);
  if (errors.length > 0) throw new AppError("validation_failed", { errors });

  const results: AttachmentBatchResult[] = [];
  const accepted: Accepted[] = [];
  for (const [sha256, value] of parts) {
    if (typeof value === "string") continue;
    try {
      const mime = declaredMime(value.type);
      const bytes = new Uint8Array(await value.arrayBuffer());
      verifyAttachmentBytes(mime, bytes, sha256);
      if (!accepted.some((a) => a.sha256 === sha256)) accepted.push({ sha256, mime, bytes });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ sha256, status: "rejected", problem: problemOf(error) });
    }
  }
  const created = await saveAccepted(db, store, user, accepted);
  for (const { sha256, mime, bytes } of accepted) results.push({ sha256, status: created.has(sha256) ? "created" : "existing", mime, size: bytes.byteLength });
  return { results };
}

/** Bytes first, then the rows (as PUT): one insert for all; the ids it returns are the ones this call created. */
async function saveAccepted(db: Db, store: AttachmentStore, user: SessionUser, accepted: readonly Accepted[]): Promise<Set<string>> {
  if (accepted.length === 0) return new Set();
  for (const { sha256, bytes } of accepted) await store.put(sha256, bytes); // idempotent (attachment-store.ts)
  const inserted = await db
    .insert(attachments)
    .values(accepted.map(({ sha256, mime, bytes }) => ({ sha256, mime, size: bytes.byteLength, uploadedBy: user.id })))
    .onConflictDoNothing({ target: attachments.sha256 })
    .returning({ sha256: attachments.sha256 });
  return new Set(inserted.map((row) => row.sha256));
}

function problemOf(error: AppError) {
  return {
    type: `urn:thads:problem:${error.code}`,
    title: ERROR_TITLES_VI[error.code],
    status: ERROR_STATUS[error.code],
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
  };
}
