"use client";

import { memo, type ReactNode, useLayoutEffect, useRef } from "react";
import { formatVnd } from "@/lib/domain/money";
import { controlClass, describedBy, FieldShell } from "./field-shell";
import { caretAfterDigits, digitsBefore, formatMoneyInput, parseMoneyInput } from "./money";
import { useField } from "./use-field";

interface MoneyInputProps {
  path: string;
  label: string;
  hint?: ReactNode;
}

/** Integer đồng typed with grouping dots (`1.529.000.000`), stored as a number. */
export const MoneyInput = memo(function MoneyInput({ path, label, hint }: MoneyInputProps) {
  const field = useField(path);
  const inputRef = useRef<HTMLInputElement>(null);
  const caretDigits = useRef<number | null>(null);
  const text = formatMoneyInput(field.value);

  // Regrouping moves the dots: put the caret back after the same digit rather than at the end.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!input || caretDigits.current === null || document.activeElement !== input) return;
    const caret = caretAfterDigits(input.value, caretDigits.current);
    input.setSelectionRange(caret, caret);
    caretDigits.current = null;
  }, [text]);

  return (
    <FieldShell id={field.id} label={label} hint={hint} error={field.error}>
      <div className="flex items-center gap-2">
        <input
          ref={inputRef}
          id={field.id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            const amount = parseMoneyInput(event.target.value);
            if (amount === null) return; // longer than any amount: refuse the keystroke
            caretDigits.current = digitsBefore(event.target.value, event.target.selectionStart ?? event.target.value.length);
            field.set(amount);
          }}
          disabled={field.readOnly}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy(field.id, { hint, error: field.error })}
          className={`${controlClass(field.error)} text-right tabular-nums`}
        />
        <span aria-hidden="true" className="text-slate-700">
          đ
        </span>
      </div>
    </FieldShell>
  );
});

/** `1.529.000.000 đ`, or a dash: for read-only figures next to the inputs. */
export function moneyText(amount: number | undefined): string {
  return amount === undefined ? "—" : formatVnd(amount);
}
