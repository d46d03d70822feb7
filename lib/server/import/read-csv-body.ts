import "server-only";
import { IMPORT_LIMITS } from "@/lib/domain/import/import-issue";
import { AppError } from "../http/app-error";
import { readBodyBytes } from "../http/read-body-bytes";

/** The raw bytes of a `text/csv` body, at most IMPORT_LIMITS.bytes (413 past it, 415 for another type). */
export async function readCsvBody(request: Request): Promise<Uint8Array> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^text\/csv\s*(;|$)/i.test(contentType)) {
    throw new AppError("unsupported_media_type", { detail: "Nội dung phải là tệp CSV (Content-Type: text/csv; charset=utf-8)" });
  }
  return readBodyBytes(request, IMPORT_LIMITS.bytes);
}
