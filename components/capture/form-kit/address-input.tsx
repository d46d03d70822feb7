"use client";

import { memo, type ReactNode } from "react";
import { getAt, isRecord, joinPath, setAt } from "./draft-path";
import { controlClass, describedBy, FieldShell } from "./field-shell";
import { useField } from "./use-field";

interface AddressInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
}

/**
 * An address as written in the source document (`{ asWritten }`, domain §6.2); the normalised form is added
 * later from the unit list, and is kept when the text is edited.
 */
export const AddressInput = memo(function AddressInput({ path, label, hint }: AddressInputProps) {
  const asWrittenPath = joinPath(path, "asWritten");
  const field = useField(asWrittenPath, path);

  function change(text: string) {
    field.store.update((draft) => {
      const current = getAt(draft, path);
      const hasMore = isRecord(current) && Object.keys(current).some((key) => key !== "asWritten");
      if (text === "" && !hasMore) return setAt(draft, path, undefined);
      return setAt(draft, asWrittenPath, text);
    });
  }

  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <textarea
        id={field.id}
        rows={2}
        value={typeof field.value === "string" ? field.value : ""}
        onChange={(event) => change(event.target.value)}
        disabled={field.readOnly}
        autoComplete="off"
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      />
    </FieldShell>
  );
});
