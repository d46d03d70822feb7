import "client-only";
import type { FieldDatabase } from "../db/field-database";
import { SYNC_LOCK_NAME } from "./sync-lock";
import { syncOnce } from "./sync-once";
import { SYNC_REQUEST_EVENT } from "./sync-request";
import type { SyncStatus } from "./sync-status";

const WHILE_OPEN_INTERVAL_MS = 60_000;

/**
 * Runs sync passes for one user on the triggers of architecture §4: app start, `online`, the page becoming
 * visible, a request (after each finalize, the button), every 60 s while open with work pending, and the
 * backoff's next attempt. One pass at a time per origin: a Web Lock, so two tabs never push the same outbox
 * twice at once (the server would dedupe, but the officer would see double work). Returns a stop function.
 */
export function startSyncScheduler(db: FieldDatabase, userId: string, onStatus?: (status: SyncStatus) => void): () => void {
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  async function pass(): Promise<void> {
    if (stopped) return;
    const run = async () => {
      const status = await syncOnce(db, userId, fetch);
      onStatus?.(status);
      clearTimeout(retryTimer);
      if (status.nextAttemptAt && !stopped) retryTimer = setTimeout(() => void pass(), Math.max(0, Date.parse(status.nextAttemptAt) - Date.now()));
    };
    // ifAvailable: when another tab holds the lock it is already syncing this outbox; this trigger is redundant.
    if (typeof navigator !== "undefined" && navigator.locks) await navigator.locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? run() : undefined));
    else await run();
  }

  const onVisible = () => {
    if (document.visibilityState === "visible") void pass();
  };
  const onTrigger = () => void pass();
  window.addEventListener("online", onTrigger);
  window.addEventListener(SYNC_REQUEST_EVENT, onTrigger);
  document.addEventListener("visibilitychange", onVisible);
  const interval = setInterval(() => {
    void db.outbox.where("authorId").equals(userId).filter((entry) => entry.state === "pending").count().then((count) => (count > 0 ? pass() : undefined));
  }, WHILE_OPEN_INTERVAL_MS);
  void pass();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    clearInterval(interval);
    window.removeEventListener("online", onTrigger);
    window.removeEventListener(SYNC_REQUEST_EVENT, onTrigger);
    document.removeEventListener("visibilitychange", onVisible);
  };
}
