import "client-only";

// The forms open in this page, each with a way to write its pending changes to disk. The update banner reads
// the count (an open form holds a new version back) and flushes them all before « Cập nhật ngay » reloads.
// Each open form also holds a shared Web Lock: a new version activated from one tab takes over every tab of the
// app, so the banner of any tab must see forms open in the others too (`countOpenFormsInOtherTabs`).

export type FlushForm = () => Promise<void>;

export const OPEN_FORM_LOCK_NAME = "thads-open-form";

const openForms = new Set<{ flush: FlushForm }>();
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Holds the shared lock until `release` is called (even if that happens before the lock is granted). */
function holdFormLock(): () => void {
  if (typeof navigator === "undefined" || !navigator.locks) return () => undefined;
  let isReleased = false;
  let release: () => void = () => undefined;
  void navigator.locks.request(OPEN_FORM_LOCK_NAME, { mode: "shared" }, () =>
    new Promise<void>((resolve) => {
      if (isReleased) resolve();
      release = resolve;
    }),
  );
  return () => {
    isReleased = true;
    release();
  };
}

/** Declares a form open until the returned function is called (on unmount). */
export function registerOpenForm(flush: FlushForm): () => void {
  const entry = { flush };
  openForms.add(entry);
  const releaseLock = holdFormLock();
  notify();
  return () => {
    releaseLock();
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

/** Forms open in the app's other tabs (the lock's holders beyond this page's own forms). */
export async function countOpenFormsInOtherTabs(): Promise<number> {
  if (typeof navigator === "undefined" || !navigator.locks?.query) return 0;
  const { held = [] } = await navigator.locks.query();
  return Math.max(0, held.filter((lock) => lock.name === OPEN_FORM_LOCK_NAME).length - openForms.size);
}

/** Writes every open form's pending changes. A form that cannot save (full disk) rejects: the caller must not reload. */
export async function flushOpenForms(): Promise<void> {
  await Promise.all([...openForms].map((entry) => entry.flush()));
}
