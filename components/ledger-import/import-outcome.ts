import type { ApiError } from "@/lib/client/api-client";
import type { LedgerImportResponse } from "@/lib/domain/api/import";
import { IMPORT_LIMITS } from "@/lib/domain/import/import-issue";
import type { Result } from "@/lib/domain/result";

// What the screen says after sending a file. The import is all or nothing (docs/import-format.md §6): a refused
// file lists its errors by the spreadsheet's row number (the header is row 1) and NOTHING of it was written.

export interface RowError {
  line: number | null;
  column: string | null;
  message: string;
}

export type ImportOutcome =
  | { kind: "imported"; response: LedgerImportResponse }
  | { kind: "refused"; detail: string; errors: RowError[] }
  | { kind: "failed"; message: string };

const NOTHING_IMPORTED = "Không dòng nào được nhập.";

/** `line.3.ngay_qd` → dòng 3, cột ngay_qd; `line.1` → dòng 1; anything else has no row. */
export function rowErrorOf(error: { path: string; message: string }): RowError {
  const match = /^line\.(\d+)(?:\.(.+))?$/.exec(error.path);
  return match ? { line: Number(match[1]), column: match[2] ?? null, message: error.message } : { line: null, column: null, message: error.message };
}

export function importOutcome(result: Result<LedgerImportResponse, ApiError>): ImportOutcome {
  if (result.ok) return { kind: "imported", response: result.data };
  const error = result.error;
  switch (error.kind) {
    case "network":
      return { kind: "failed", message: `Không kết nối được máy chủ. ${NOTHING_IMPORTED} Kiểm tra mạng rồi gửi lại tệp: gửi lại không tạo bản trùng.` };
    case "unauthenticated":
      return { kind: "failed", message: `Phiên đăng nhập đã hết hạn. ${NOTHING_IMPORTED} Hãy đăng nhập lại rồi gửi lại tệp.` };
    case "invalid_response":
      return { kind: "failed", message: "Máy chủ trả lời không đúng định dạng. Hãy tải lại trang và xem sổ thụ lý trước khi gửi lại tệp." };
    case "problem": {
      const { detail, errors = [] } = error.problem;
      if (error.status === 422 && errors.length > 0) return { kind: "refused", detail: detail ?? NOTHING_IMPORTED, errors: errors.map(rowErrorOf) };
      return { kind: "failed", message: `${detail ?? problemMessage(error.status)} ${NOTHING_IMPORTED}` };
    }
  }
}

function problemMessage(status: number): string {
  if (status === 403) return "Bạn không có quyền nhập sổ thụ lý.";
  if (status === 413) return `Tệp quá lớn: tối đa ${IMPORT_LIMITS.bytes / 1024 / 1024} MB mỗi tệp; hãy chia thành nhiều tệp.`;
  if (status === 415) return "Tệp phải là CSV.";
  if (status === 409) return "Sổ thụ lý vừa thay đổi trong lúc nhập; hãy gửi lại tệp.";
  return `Lỗi máy chủ (${status}).`;
}

/** « 12,3 KB » for the chosen file. */
export function formatFileSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

/** A file the server would refuse for its size alone is refused before it is sent. */
export function tooLargeMessage(bytes: number): string | null {
  return bytes > IMPORT_LIMITS.bytes ? `Tệp ${formatFileSize(bytes)} vượt giới hạn ${IMPORT_LIMITS.bytes / 1024 / 1024} MB mỗi tệp; hãy chia thành nhiều tệp.` : null;
}
