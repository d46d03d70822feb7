"use client";

import { createContext, type ReactNode, use, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { CaptureContext, DraftPayload, FieldErrors, MediaPort } from "../record-form-contract";
import { errorAt, getAt } from "./draft-path";
import { createDraftStore, type DraftStore } from "./draft-store";

interface FormEnv {
  store: DraftStore;
  readOnly: boolean;
  media: MediaPort;
  /** Read in event handlers only (e.g. to prefill a new row): the page rebuilds the context on every save. */
  captureContext(): CaptureContext;
}

const FormEnvContext = createContext<FormEnv | null>(null);

interface DraftFormProps {
  draft: DraftPayload;
  onChange(next: DraftPayload): void;
  errors: FieldErrors;
  media: MediaPort;
  context: CaptureContext;
  readOnly?: boolean;
  children: ReactNode;
}

/** Holds a form's draft in a store its fields subscribe to; the page stays the owner of the draft. */
export function DraftForm({ draft, onChange, errors, media, context, readOnly = false, children }: DraftFormProps) {
  const [store] = useState(() => createDraftStore(draft, errors, onChange));
  const contextRef = useRef(context);
  useLayoutEffect(() => {
    contextRef.current = context;
    store.sync(draft, errors, onChange);
  });
  const env = useMemo<FormEnv>(() => ({ store, readOnly, media, captureContext: () => contextRef.current }), [store, readOnly, media]);
  return <FormEnvContext value={env}>{children}</FormEnvContext>;
}

export function useFormEnv(): FormEnv {
  const env = use(FormEnvContext);
  if (!env) throw new Error("A form field must be rendered inside <DraftForm>");
  return env;
}

/** The value at a path; re-renders only when that value changes (drafts share untouched subtrees). */
export function useDraftValue(path: string): unknown {
  const { store } = useFormEnv();
  const read = () => getAt(store.getDraft(), path);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** A derived primitive of the draft (a list length, a discriminator): re-renders only when it changes. */
export function useDraftSelect<T extends string | number | boolean | undefined | null>(select: (draft: DraftPayload) => T): T {
  const { store } = useFormEnv();
  const read = () => select(store.getDraft());
  return useSyncExternalStore(store.subscribe, read, read);
}

export function useFieldError(path: string | undefined): string | undefined {
  const { store } = useFormEnv();
  const read = () => (path === undefined ? undefined : errorAt(store.getErrors(), path));
  return useSyncExternalStore(store.subscribe, read, read);
}

/** A string at a path, or undefined for anything else (drafts are untrusted shapes). */
export function useDraftString(path: string): string | undefined {
  return useDraftSelect((draft) => {
    const value = getAt(draft, path);
    return typeof value === "string" ? value : undefined;
  });
}

export function useDraftLength(path: string): number {
  return useDraftSelect((draft) => {
    const value = getAt(draft, path);
    return Array.isArray(value) ? value.length : 0;
  });
}
