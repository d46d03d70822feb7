import "client-only";
import { readDeviceSession } from "../db/device-session";
import type { FieldDatabase } from "../db/field-database";
import { syncOnce } from "./sync-once";
import { SYNC_LOCK_NAME } from "./sync-lock";

/**
 * In the service worker: one pass for the user of the device session, under the same lock as the page. The page
 * registers Background Sync (sync-request.ts); the browser wakes the worker when a connection returns.
 */
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
