import type { ApiError } from "@/lib/client/api-client";

// What the results page says when the call fails. The server's words come first: its `detail` and the field
// messages of a 400 are Vietnamese and say what to change (« Ngày số liệu phải trong năm báo cáo 2021 … »).

const STATUS_MESSAGES_VI: Readonly<Record<number, string>> = {
  403: "Bạn không có quyền xem kết quả của đơn vị này.",
  404: "Không tìm thấy đơn vị.",
};

export function resultsErrorMessage(error: ApiError): string {
  switch (error.kind) {
    case "network":
      return "Không kết nối được máy chủ. Kết quả thi hành án chỉ xem được khi có mạng; kiểm tra mạng rồi thử lại.";
    case "unauthenticated":
      return "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.";
    case "invalid_response":
      return "Máy chủ trả lời không đúng định dạng. Hãy tải lại trang.";
    case "problem": {
      const { detail, title, errors = [] } = error.problem;
      const messages = errors.map((fieldError) => fieldError.message);
      const main = detail || STATUS_MESSAGES_VI[error.status] || title || `Lỗi máy chủ (${error.status}).`;
      return messages.length > 0 ? `${main} ${messages.join("; ")}`.trim() : main;
    }
  }
}
