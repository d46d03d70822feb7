import type { ReturnCategory } from "@/lib/domain/review/review-decision";
import { type ReturnReason, ReturnReasonSchema } from "@/lib/domain/review/review-schemas";

export type ReasonErrors = Partial<Record<"category" | "text", string>>;

/** The rules the server applies (ReturnReasonSchema), checked before sending so that mistakes show at once. */
export function reasonErrorsOf(category: ReturnCategory | null, text: string): { reason: ReturnReason | null; errors: ReasonErrors } {
  const parsed = ReturnReasonSchema.safeParse({ category: category ?? undefined, text });
  if (parsed.success) return { reason: parsed.data, errors: {} };
  const errors: ReasonErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "category") errors.category ??= "Chọn loại lý do trả lại";
    if (field === "text") errors.text ??= issue.message;
  }
  return { reason: null, errors };
}

/** The server's field errors of a 400, keyed like the form's (`body.reason.text` → `text`). */
export function reasonErrorsFromServer(fields: Readonly<Record<string, string>>): ReasonErrors {
  const errors: ReasonErrors = {};
  if (fields.category) errors.category = fields.category;
  if (fields.text) errors.text = fields.text;
  return errors;
}

/** An edited field drops its error (removed, not set to undefined, so a server error is not masked). */
export function withoutError(errors: ReasonErrors, field: keyof ReasonErrors): ReasonErrors {
  const rest = { ...errors };
  delete rest[field];
  return rest;
}
