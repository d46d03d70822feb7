import "client-only";

// Asking for a sync, apart from the sync engine (sync-scheduler.ts and what it runs) so that a screen with a
// « Đồng bộ ngay » button does not load the engine before its first paint (issue #7: first-load JS).

/** Ask for a sync from anywhere in the page (after *Hoàn tất*, the *Đồng bộ ngay* button). */
export const SYNC_REQUEST_EVENT = "thads:sync-request";
export function requestSync(): void {
  window.dispatchEvent(new Event(SYNC_REQUEST_EVENT));
  void registerBackgroundSync(); // if the page closes before the network returns
}

// Background Sync (Chromium only — Firefox and Safari do not have it): the browser wakes the service worker
// when a connection returns, even with the app closed, and the worker runs the same sync pass as the page.
// Elsewhere the page's own triggers (start, online, visible, timer) do the work; this is only an extra.
export const BACKGROUND_SYNC_TAG = "thads-outbox";

type SyncCapableRegistration = ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } };

/** From the page: ask the browser to run a sync when it next has a connection. Never throws. */
export async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = (await navigator.serviceWorker?.ready) as SyncCapableRegistration | undefined;
    await registration?.sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Not supported, or permission denied: the page's triggers remain.
  }
}
