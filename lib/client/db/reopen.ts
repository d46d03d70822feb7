import "client-only";
import type { Dexie } from "dexie";

// iOS closes IndexedDB connections under memory pressure and after the app sat in the background
// (https://github.com/remotestorage/remotestorage.js/issues/1168; Enketo fixed the same by reopening). Dexie 4
// copes with the browser's own `close` event: it drops the connection but keeps autoOpen on, so the next
// operation opens a new one (dexie.mjs: idbdb.onclose → close({ disableAutoOpen: false })). Two cases it leaves
// dead until someone calls open() again — every operation rejecting with DatabaseClosedError, the draft
// unsaved, the outbox unreadable: the reopen after such a close failed (WebKit's "Connection to Indexed
// Database server lost"), or close() was called without arguments. These helpers re-arm it.

/** Logs the browser closing the connection (there is nothing to do then: Dexie reopens on next use). */
export function watchForClose(db: Dexie): void {
  db.on("close", () => {
    console.warn(`[${db.name}] IndexedDB connection closed; it reopens on the next read or write`);
  });
}

/**
 * Before handing the database out: if it is closed with an error that Dexie will not retry by itself, clear
 * that state (autoOpen back on) so that the operation about to run opens a fresh connection.
 */
export function reopenIfDead(db: Dexie): void {
  if (!db.isOpen() && db.hasFailed()) db.close({ disableAutoOpen: false });
}
