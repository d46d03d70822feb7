import type { ApiError } from "@/lib/client/api-client";

/** Field → message, from a local zod check (paths inside the body) or the server's problem (`body.<field>`). */
export type FormErrors = Record<string, string>;

export function errorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[issue.path.map(String).join(".") || "form"] ??= issue.message;
  return errors;
}

export function errorsFromApi(error: ApiError): FormErrors {
  if (error.kind === "network") return { form: "Không có kết nối mạng; chưa ghi được. Vui lòng thử lại." };
  if (error.kind === "unauthenticated") return { form: "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại." };
  if (error.kind === "invalid_response") return { form: "Máy chủ trả lời không đúng định dạng; vui lòng thử lại." };
  const errors: FormErrors = {};
  for (const fieldError of error.problem.errors ?? []) errors[fieldError.path.replace(/^body\.?/, "") || "form"] ??= fieldError.message;
  if (Object.keys(errors).length === 0) errors.form = error.problem.detail ?? error.problem.title ?? `Lỗi ${error.status}`;
  return errors;
}
