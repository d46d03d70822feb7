"use client";

import { memo, type ReactNode } from "react";
import { isoToLocalInput, localInputToIso } from "./datetime-local";
import { controlClass, describedBy, FieldShell } from "./field-shell";
import { useField } from "./use-field";

interface DateInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date stored as ISO `yyyy-mm-dd` (the phone shows its own date picker). */
export const DateInput = memo(function DateInput({ path, label, hint }: DateInputProps) {
  const field = useField(path);
  const value = typeof field.value === "string" && ISO_DATE.test(field.value) ? field.value : "";
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <input
        id={field.id}
        type="date"
        value={value}
        onChange={(event) => field.set(event.target.value === "" ? undefined : event.target.value)}
        disabled={field.readOnly}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});

/** A moment stored as an ISO instant with the +07:00 offset (`2026-11-29T09:30:00+07:00`). */
export const DateTimeInput = memo(function DateTimeInput({ path, label, hint }: DateInputProps) {
  const field = useField(path);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <input
        id={field.id}
        type="datetime-local"
        step={60}
        value={isoToLocalInput(field.value)}
        onChange={(event) => field.set(localInputToIso(event.target.value))}
        disabled={field.readOnly}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});
