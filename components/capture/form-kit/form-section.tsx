"use client";

import { type ReactNode, useId } from "react";
import { useFieldError } from "./draft-form";

interface FormSectionProps {
  legend: string;
  /** A message about the section as a whole (e.g. `participants`), shown at its top. */
  errorPath?: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled group of fields: a fieldset whose legend names it for screen readers and locators. */
export function FormSection({ legend, errorPath, description, children }: FormSectionProps) {
  const id = useId();
  const error = useFieldError(errorPath);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 text-base font-semibold text-slate-900">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      {description ? <div className="text-sm text-slate-700">{description}</div> : null}
      {children}
    </fieldset>
  );
}
