import type { DraftPayload, FieldErrors } from "../record-form-contract";
import { getAt, setAt } from "./draft-path";

// A tiny external store between a form and its fields. Each field subscribes to its own path, so a keystroke
// re-renders the field that changed, not the whole form (phones at 4× CPU). Changes apply to the latest
// draft, so two updates in one event (switch a channel, drop its block) never overwrite each other.

export interface DraftStore {
  getDraft(): DraftPayload;
  getErrors(): FieldErrors;
  getAt(path: string): unknown;
  subscribe(listener: () => void): () => void;
  setAt(path: string, value: unknown): void;
  update(change: (draft: DraftPayload) => DraftPayload): void;
  /** Takes the props of the form after a render; listeners hear of it only if something changed. */
  sync(draft: DraftPayload, errors: FieldErrors, onChange: (next: DraftPayload) => void): void;
}

export function createDraftStore(initial: DraftPayload, initialErrors: FieldErrors, initialOnChange: (next: DraftPayload) => void): DraftStore {
  let draft = initial;
  let errors = initialErrors;
  let onChange = initialOnChange;
  const listeners = new Set<() => void>();

  function notify() {
    for (const listener of listeners) listener();
  }

  function update(change: (current: DraftPayload) => DraftPayload) {
    const next = change(draft);
    if (next === draft) return;
    draft = next;
    notify();
    onChange(next);
  }

  return {
    getDraft: () => draft,
    getErrors: () => errors,
    getAt: (path) => getAt(draft, path),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAt: (path, value) => update((current) => setAt(current, path, value)),
    update,
    sync(nextDraft, nextErrors, nextOnChange) {
      onChange = nextOnChange;
      if (nextDraft === draft && nextErrors === errors) return;
      draft = nextDraft;
      errors = nextErrors;
      notify();
    },
  };
}
