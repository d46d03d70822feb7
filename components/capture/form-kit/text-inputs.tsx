"use client";

import { memo, type ReactNode } from "react";
import { controlClass, describedBy, FieldShell } from "./field-shell";
import { useField } from "./use-field";

interface TextInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
  alsoErrorAt?: string;
  inputMode?: "text" | "numeric" | "decimal" | "tel" | "email";
  autoComplete?: string;
  maxLength?: number;
  /** Normalises what is typed before it is stored (e.g. keep digits only). */
  clean?(text: string): string;
}

/** A one-line text bound to a draft path; an emptied field removes its key. */
export const TextInput = memo(function TextInput({ path, label, hint, alsoErrorAt, inputMode, autoComplete = "off", maxLength, clean }: TextInputProps) {
  const field = useField(path, alsoErrorAt);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <input
        id={field.id}
        type="text"
        value={typeof field.value === "string" ? field.value : ""}
        onChange={(event) => field.set(clean ? clean(event.target.value) : event.target.value)}
        disabled={field.readOnly}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});

interface TextAreaProps {
  path: string;
  label: string;
  hint?: ReactNode;
  alsoErrorAt?: string;
  rows?: number;
  maxLength?: number;
}

export const TextArea = memo(function TextArea({ path, label, hint, alsoErrorAt, rows = 3, maxLength }: TextAreaProps) {
  const field = useField(path, alsoErrorAt);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <textarea
        id={field.id}
        value={typeof field.value === "string" ? field.value : ""}
        onChange={(event) => field.set(event.target.value)}
        disabled={field.readOnly}
        rows={rows}
        maxLength={maxLength}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});
