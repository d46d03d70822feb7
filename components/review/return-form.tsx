"use client";

import { useId, useState, type FormEvent } from "react";
import { RETURN_CATEGORIES, RETURN_CATEGORY_LABELS_VI, RETURN_REASON_MAX, type ReturnCategory } from "@/lib/domain/review/review-decision";
import type { ReturnReason } from "@/lib/domain/review/review-schemas";
import { Button } from "../ui/button";
import { type ReasonErrors, reasonErrorsOf, withoutError } from "./return-reason";

interface ReturnFormProps {
  isSending: boolean;
  /** Field errors from the server (400), shown as if found here. */
  serverErrors: ReasonErrors;
  onSubmit(reason: ReturnReason): void;
  onCancel(): void;
}

/** « Trả lại »: a category (which mistakes recur, per officer) and the text telling the officer what to fix. */
export function ReturnForm({ isSending, serverErrors, onSubmit, onCancel }: ReturnFormProps) {
  const [category, setCategory] = useState<ReturnCategory | null>(null);
  const [text, setText] = useState("");
  const [localErrors, setLocalErrors] = useState<ReasonErrors>({});
  const textId = useId();
  const errors = { ...serverErrors, ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = reasonErrorsOf(category, text);
    setLocalErrors(checked.errors);
    if (checked.reason) onSubmit(checked.reason);
    else document.getElementById(checked.errors.category ? `${textId}-category` : textId)?.focus();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="return-form" aria-label="Trả lại biên bản" className="flex flex-col gap-3 rounded-md border border-slate-300 p-3">
      <fieldset aria-describedby={errors.category ? `${textId}-category-error` : undefined} className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-800">Loại lý do trả lại</legend>
        {RETURN_CATEGORIES.map((option, index) => (
          <label key={option} className="inline-flex min-h-11 items-center gap-2 text-base">
            <input
              type="radio"
              name="return-category"
              value={option}
              id={index === 0 ? `${textId}-category` : undefined}
              checked={category === option}
              onChange={() => {
                setCategory(option);
                setLocalErrors((previous) => withoutError(previous, "category"));
              }}
              className="size-5"
            />
            {RETURN_CATEGORY_LABELS_VI[option]}
          </label>
        ))}
        {errors.category ? (
          <p id={`${textId}-category-error`} className="text-sm text-red-800">
            {errors.category}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={textId} className="text-sm font-medium text-slate-800">
          Nội dung cần sửa (bắt buộc)
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setLocalErrors((previous) => withoutError(previous, "text"));
          }}
          rows={4}
          maxLength={RETURN_REASON_MAX}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${textId}-error` : undefined}
          data-testid="return-text"
          className={`rounded-md border px-3 py-2 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700 ${errors.text ? "border-red-700" : "border-slate-400"}`}
        />
        {errors.text ? (
          <p id={`${textId}-error`} className="text-sm text-red-800">
            {errors.text}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSending} data-testid="return-submit">
          {isSending ? "Đang gửi…" : "Gửi trả lại"}
        </Button>
        <Button type="button" variant="secondary" disabled={isSending} onClick={onCancel}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
