import type { ApiError, Problem } from "@/lib/client/api-client";

// What the review screens say when a call fails. The server's `detail` is already Vietnamese and says why
// (« Biên bản đã được duyệt; … »), so it wins over a generic message.

const STATUS_MESSAGES_VI: Readonly<Record<number, string>> = {
  403: "Bạn không có quyền thực hiện thao tác này với biên bản.",
  404: "Không tìm thấy biên bản (có thể không thuộc đơn vị của bạn).",
  409: "Trạng thái biên bản không cho phép thao tác này.",
};

export function apiErrorMessage(error: ApiError): string {
  switch (error.kind) {
    case "network":
      return "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.";
    case "unauthenticated":
      return "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.";
    case "invalid_response":
      return "Máy chủ trả lời không đúng định dạng. Hãy tải lại trang.";
    case "problem":
      return error.problem.detail || STATUS_MESSAGES_VI[error.status] || error.problem.title || `Lỗi máy chủ (${error.status}).`;
  }
}

/**
 * The server's field errors under one prefix, keyed by the rest of the path: with prefix `body.reason`,
 * `body.reason.text` → `text`. The first message of a field wins, as in the forms.
 */
export function fieldErrorsOf(problem: Problem, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of problem.errors ?? []) {
    if (!path.startsWith(`${prefix}.`)) continue;
    const field = path.slice(prefix.length + 1);
    out[field] ??= message;
  }
  return out;
}
