"use client";

import { useId } from "react";
import { useDraftValue, useFieldError, useFormEnv } from "./draft-form";

/**
 * What an input bound to a draft path needs: its value, its error, a setter and whether it is read-only.
 * `alsoErrorAt` is a second path whose message belongs to this input (a parent object's "required").
 */
export function useField(path: string, alsoErrorAt?: string) {
  const { store, readOnly } = useFormEnv();
  const id = useId();
  const value = useDraftValue(path);
  const ownError = useFieldError(path);
  const parentError = useFieldError(alsoErrorAt);
  return { id, value, error: ownError ?? parentError, readOnly, store, set: (next: unknown) => store.setAt(path, next) };
}
