// One closed set of error codes for the whole API, and one table from code to HTTP status. The server throws
// AppError(code, …); responses are RFC 9457 problem details carrying the code.
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  upgrade_required: 426,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_TITLES_VI: Record<ErrorCode, string> = {
  bad_request: "Yêu cầu không hợp lệ",
  validation_failed: "Dữ liệu không hợp lệ",
  invalid_json: "Nội dung gửi lên không phải JSON hợp lệ",
  unauthenticated: "Bạn cần đăng nhập",
  forbidden: "Bạn không có quyền thực hiện thao tác này",
  not_found: "Không tìm thấy",
  method_not_allowed: "Phương thức không được hỗ trợ",
  conflict: "Xung đột dữ liệu",
  payload_too_large: "Dữ liệu gửi lên quá lớn",
  unsupported_media_type: "Kiểu nội dung không được hỗ trợ",
  unprocessable: "Không thể xử lý dữ liệu",
  upgrade_required: "Cần cập nhật ứng dụng",
  rate_limited: "Quá nhiều lần thử",
  internal: "Lỗi hệ thống, vui lòng thử lại sau",
};

/** A field-level message: `path` is the dotted location in the input (`query.page`, `body.mutations.0.id`). */
export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as this API sends them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
}
