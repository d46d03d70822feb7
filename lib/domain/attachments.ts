import { Sha256HexSchema } from "./ids";
import { AttachmentRefSchema } from "./records/envelope";
import { z } from "./z";

// The attachment contract (architecture §4–§5): PUT/GET /api/attachments/{sha256}. The accepted types come from
// the record envelope's AttachmentRefSchema, so a record can refer only to what the server accepts.
export const AttachmentMimeSchema = AttachmentRefSchema.shape.mime;
export type AttachmentMime = z.infer<typeof AttachmentMimeSchema>;
export const ATTACHMENT_MIME_TYPES = AttachmentMimeSchema.options;

/** 10 MB, the same limit as AttachmentRefSchema's `size` (a test holds the two together). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The URL's content address: 64 lowercase hex characters, as the device writes it. */
export const AttachmentParamsSchema = z.object({ sha256: Sha256HexSchema }).strict();

const ATTACHMENT_MIME_LABELS: Record<AttachmentMime, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
};

export function attachmentMimeLabel(mime: AttachmentMime): string {
  return ATTACHMENT_MIME_LABELS[mime];
}

// File signatures ("magic numbers"): JPEG starts with FF D8 FF (SOI + first marker), PNG with its fixed 8-byte
// signature (RFC 2083 §3.1), WebP is a RIFF container whose form type at offset 8 is "WEBP".
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

/** The image type the bytes actually are (by their signature), or null for anything else. */
export function sniffImageMime(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, JPEG_SIGNATURE)) return "image/jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "image/png";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}
