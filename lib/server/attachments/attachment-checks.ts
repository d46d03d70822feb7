import "server-only";
import { createHash } from "node:crypto";
import { AttachmentMimeSchema, attachmentMimeLabel, MAX_ATTACHMENT_BYTES, sniffImageMime, type AttachmentMime } from "@/lib/domain/attachments";
import { AppError } from "../http/app-error";
import { payloadTooLarge } from "../http/read-body-bytes";

/** The media type without parameters (`image/jpeg; foo=bar` → `image/jpeg`), if it is one we accept (else 415). */
export function declaredMime(contentType: string | null): AttachmentMime {
  const essence = (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase();
  const parsed = AttachmentMimeSchema.safeParse(essence);
  if (!parsed.success) {
    throw new AppError("unsupported_media_type", {
      detail: "Chỉ nhận ảnh JPEG, PNG hoặc WebP (Content-Type image/jpeg, image/png hoặc image/webp)",
    });
  }
  return parsed.data;
}

/**
 * The checks every stored image passes, cheapest first: not empty (400), within the size limit (413), the bytes'
 * own signature is the declared type (415: GET serves these bytes with this type, so a script named .jpg is
 * refused), and their SHA-256 is their address (422).
 */
export function verifyAttachmentBytes(mime: AttachmentMime, bytes: Uint8Array, sha256: string): void {
  if (bytes.byteLength === 0) throw new AppError("bad_request", { detail: "Thiếu nội dung ảnh" });
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw payloadTooLarge(MAX_ATTACHMENT_BYTES);
  if (sniffImageMime(bytes) !== mime) {
    throw new AppError("unsupported_media_type", { detail: `Nội dung gửi lên không phải ảnh ${attachmentMimeLabel(mime)} như đã khai báo` });
  }
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (actual !== sha256) {
    throw new AppError("unprocessable", {
      detail: `Mã SHA-256 của ảnh nhận được (${actual.slice(0, 12)}…) không khớp với mã trong địa chỉ (${sha256.slice(0, 12)}…): ảnh bị hỏng khi truyền hoặc gửi nhầm, máy chủ không lưu`,
    });
  }
}
