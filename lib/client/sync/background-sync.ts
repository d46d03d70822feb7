import "client-only";
import { readDeviceSession } from "../db/device-session";
import type { FieldDatabase } from "../db/field-database";
import { syncOnce } from "./sync-once";
import { SYNC_LOCK_NAME } from "./sync-lock";

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

/** In the service worker: one pass for the user of the device session, under the same lock as the page. */
export async function runBackgroundSync(db: FieldDatabase): Promise<void> {
  const session = await readDeviceSession(db);
  if (!session || session.user.role !== "officer") return;
  const run = async () => {
    const status = await syncOnce(db, session.user.id, fetch);
    // Tell the browser to try again later if it was the network; other problems need the officer.
    if (status.problem === "offline" || status.problem === "server") throw new Error("sync incomplete");
  };
  if (navigator.locks) await navigator.locks.request(SYNC_LOCK_NAME, run);
  else await run();
}
