import "client-only";

// The forms open in this page, each with a way to write its pending changes to disk. The update banner reads
// the count (an open form holds a new version back) and flushes them all before « Cập nhật ngay » reloads.

export type FlushForm = () => Promise<void>;

const openForms = new Set<{ flush: FlushForm }>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Declares a form open until the returned function is called (on unmount). */
export function registerOpenForm(flush: FlushForm): () => void {
  const entry = { flush };
  openForms.add(entry);
  notify();
  return () => {
    if (openForms.delete(entry)) notify();
  };
}

export function openFormCount(): number {
  return openForms.size;
}

export function subscribeToOpenForms(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Writes every open form's pending changes. A form that cannot save (full disk) rejects: the caller must not reload. */
export async function flushOpenForms(): Promise<void> {
  await Promise.all([...openForms].map((entry) => entry.flush()));
}
