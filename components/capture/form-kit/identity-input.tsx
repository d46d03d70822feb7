"use client";

import { memo, useId, useState } from "react";
import { joinPath } from "./draft-path";
import { useDraftValue, useFieldError } from "./draft-form";
import { controlClass, describedBy, FieldMessage } from "./field-shell";
import { KIT_TEXT } from "./kit-text";
import { useField } from "./use-field";

type IdentityKind = "dinh_danh" | "cmnd";

const LENGTH: Record<IdentityKind, number> = { dinh_danh: 12, cmnd: 9 };

function onlyDigits(text: string): string {
  return text.replace(/\D/g, "");
}

interface IdentityInputProps {
  path: string;
  legend?: string;
}

/**
 * `{ kind, number }`: the 12-digit số định danh cá nhân or the legacy 9-digit CMND (domain §6.1). An empty
 * number removes the whole identity, so an unknown ID is simply absent.
 */
export const IdentityInput = memo(function IdentityInput({ path, legend = KIT_TEXT.identity.legend }: IdentityInputProps) {
  const numberPath = joinPath(path, "number");
  const field = useField(numberPath, path);
  const kindValue = useDraftValue(joinPath(path, "kind"));
  const kindError = useFieldError(joinPath(path, "kind"));
  const [pendingKind, setPendingKind] = useState<IdentityKind>("dinh_danh");
  const kind: IdentityKind = kindValue === "cmnd" || kindValue === "dinh_danh" ? kindValue : pendingKind;
  const name = useId();
  const number = typeof field.value === "string" ? field.value : "";
  const error = field.error ?? kindError;

  function chooseKind(next: IdentityKind) {
    setPendingKind(next);
    if (number !== "") field.store.setAt(path, { kind: next, number });
  }

  return (
    <fieldset aria-describedby={error ? `${field.id}-error` : undefined} className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4">
        {(["dinh_danh", "cmnd"] as const).map((option) => (
          <label key={option} className="flex min-h-11 items-center gap-2 pr-2">
            <input type="radio" name={name} checked={kind === option} onChange={() => chooseKind(option)} disabled={field.readOnly} className="size-5 accent-blue-800" />
            {KIT_TEXT.identity.kinds[option]}
          </label>
        ))}
      </div>
      <label htmlFor={field.id} className="text-sm font-medium text-slate-800">
        {KIT_TEXT.identity.number}
      </label>
      <input
        id={field.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={number}
        onChange={(event) => {
          // No maxLength: a number pasted with spaces ("030 085 001 234") must still fit once cleaned.
          const digits = onlyDigits(event.target.value).slice(0, LENGTH[kind]);
          field.store.setAt(path, digits === "" ? undefined : { kind, number: digits });
        }}
        disabled={field.readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.id, { error })}
        className={`${controlClass(error)} tabular-nums tracking-wider`}
      />
      <FieldMessage id={field.id} error={error} />
    </fieldset>
  );
});
