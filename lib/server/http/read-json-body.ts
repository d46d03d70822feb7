import "server-only";
import { AppError } from "./app-error";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body without trusting Content-Length: the stream is cut off as soon as it passes the limit, so a
 * huge body costs at most `maxBytes` of memory and answers 413.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", { detail: "Nội dung phải là application/json" });
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);

  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") throw new AppError("invalid_json", { detail: "Thiếu nội dung JSON" });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", { detail: "Nội dung gửi lên không phải JSON hợp lệ" });
  }
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", { detail: `Nội dung tối đa ${Math.round(maxBytes / 1024)} KB` });
}
