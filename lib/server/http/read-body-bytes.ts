import "server-only";
import { AppError } from "./app-error";

/**
 * Reads a raw request body (for routes that declare no `body` schema, which defineRoute leaves unread) without
 * trusting Content-Length: a declared length above the limit is refused before reading, and the stream is
 * cancelled as soon as it passes the limit, so a huge or endless body costs at most `maxBytes` (plus one chunk)
 * of memory and answers 413.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw payloadTooLarge(maxBytes);

  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, received);
}

export function payloadTooLarge(maxBytes: number): AppError {
  const limit = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError("payload_too_large", { detail: `Nội dung tối đa ${limit}` });
}
