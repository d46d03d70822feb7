"use client";

import { memo, type ReactNode, useId } from "react";
import { controlClass, describedBy, FieldMessage, FieldShell } from "./field-shell";
import type { Option } from "./options";
import { useField } from "./use-field";

interface SelectInputProps {
  path: string;
  label: string;
  options: readonly Option[];
  hint?: ReactNode;
  placeholder?: string;
  /** Replaces the plain store of the value, for choices that reshape the draft (a type switch). */
  onSelect?(value: string | undefined): void;
}

export const SelectInput = memo(function SelectInput({ path, label, options, hint, placeholder = "— Chọn —", onSelect }: SelectInputProps) {
  const field = useField(path);
  const value = typeof field.value === "string" ? field.value : "";
  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <select
        id={field.id}
        value={value}
        onChange={(event) => (onSelect ?? field.set)(event.target.value === "" ? undefined : event.target.value)}
        disabled={field.readOnly}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, { hint, error: field.error })}
        className={controlClass(field.error)}
      >
        {value === "" ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});

interface RadioGroupProps {
  path: string;
  legend: string;
  options: readonly Option[];
  alsoErrorAt?: string;
  hint?: ReactNode;
  onSelect?(value: string): void;
}

/** A fieldset of radios for a short choice; each option is a ≥ 44 px target. */
export const RadioGroup = memo(function RadioGroup({ path, legend, options, alsoErrorAt, hint, onSelect }: RadioGroupProps) {
  const field = useField(path, alsoErrorAt);
  const name = useId();
  const value = typeof field.value === "string" ? field.value : undefined;
  return (
    <fieldset aria-describedby={describedBy(field.id, { hint, error: field.error })} className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2 py-1 pr-2 text-base">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => (onSelect ?? field.set)(option.value)}
              disabled={field.readOnly}
              className="size-5 shrink-0 accent-blue-800"
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${field.id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={field.id} error={field.error} />
    </fieldset>
  );
});

interface CheckboxInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
  /** Replaces the plain store (true, or the key removed when unticked). */
  onToggle?(checked: boolean): void;
  /** A checkbox whose meaning is not the value at `path` (e.g. "Có thu nhập" = the block exists). */
  checked?: boolean;
}

export const CheckboxInput = memo(function CheckboxInput({ path, label, hint, onToggle, checked }: CheckboxInputProps) {
  const field = useField(path);
  const isChecked = checked ?? field.value === true;
  const error = field.error;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={field.id} className="flex min-h-11 items-center gap-3 text-base">
        <input
          id={field.id}
          type="checkbox"
          checked={isChecked}
          onChange={(event) => (onToggle ? onToggle(event.target.checked) : field.set(event.target.checked ? true : undefined))}
          disabled={field.readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field.id, { hint, error })}
          className="size-5 shrink-0 accent-blue-800"
        />
        {label}
      </label>
      {hint ? (
        <p id={`${field.id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={field.id} error={error} />
    </div>
  );
});
