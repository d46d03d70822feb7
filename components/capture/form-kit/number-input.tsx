"use client";

import { memo, type ReactNode } from "react";
import { controlClass, describedBy, FieldShell } from "./field-shell";
import { useField } from "./use-field";

interface NumberInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
}

/**
 * A positive quantity that may be fractional (an area, a weight). A native number input keeps a half-typed
 * "120," on screen, which a reformatted text input would not; the phone shows the numeric keypad.
 */
export const NumberInput = memo(function NumberInput({ path, label, hint }: NumberInputProps) {
  const field = useField(path);
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <input
        id={field.id}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={typeof field.value === "number" && Number.isFinite(field.value) ? field.value : ""}
        onChange={(event) => field.set(event.target.value === "" || Number.isNaN(event.target.valueAsNumber) ? undefined : event.target.valueAsNumber)}
        disabled={field.readOnly}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});
