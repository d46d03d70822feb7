import "client-only";
import { SYNC_LOCK_NAME } from "../sync/sync-lock";
import type { UpdateState } from "./update-policy";

// The browser side of updates: notice a new service worker waiting (app/sw.ts never skips waiting by itself),
// and, when the policy allows, tell it to take over and reload into the new version. Talks to the registration
// directly rather than through @serwist/window, which stops listening after the first "external" update.

const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000; // an installed app may stay open for days
const TAKEOVER_TIMEOUT_MS = 10_000;

// Set while this page is handing over to the new worker: its controllerchange is ours, not another tab's.
let isTakingOver = false;

/** Reports the update state now and whenever it changes; returns a stop function. */
export function watchForUpdates(onChange: (state: UpdateState) => void): () => void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return () => undefined;
  const container = navigator.serviceWorker;
  let stopped = false;
  let registration: ServiceWorkerRegistration | null = null;
  // A fresh page is taken over by the first worker (clientsClaim): that change of controller is not an update.
  let hadController = container.controller !== null;
  let lastCheckAt = Date.now();

  const report = (state: UpdateState) => {
    if (!stopped) onChange(state);
  };
  const reportIfWaiting = () => {
    if (registration?.waiting && container.controller) report("waiting");
  };
  const onUpdateFound = () => {
    const worker = registration?.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") reportIfWaiting();
    });
  };
  const onControllerChange = () => {
    if (!hadController) {
      hadController = true;
      return;
    }
    if (!isTakingOver) report("activated-elsewhere");
  };
  // The app is a single page: without navigations the browser rarely looks for a new version by itself.
  const onVisible = () => {
    if (document.visibilityState !== "visible" || !navigator.onLine || Date.now() - lastCheckAt < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheckAt = Date.now();
    void registration?.update().catch(() => undefined);
  };

  void container.ready.then((ready) => {
    if (stopped) return;
    registration = ready;
    ready.addEventListener("updatefound", onUpdateFound);
    if (ready.installing) onUpdateFound();
    reportIfWaiting();
  });
  container.addEventListener("controllerchange", onControllerChange);
  document.addEventListener("visibilitychange", onVisible);
  return () => {
    stopped = true;
    registration?.removeEventListener("updatefound", onUpdateFound);
    container.removeEventListener("controllerchange", onControllerChange);
    document.removeEventListener("visibilitychange", onVisible);
  };
}

/** True while a sync pass (this tab, another one, or the service worker's Background Sync) holds the outbox. */
export async function isOutboxBusy(): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.locks?.query) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === SYNC_LOCK_NAME);
}

export type TakeoverResult = "reloading" | "outbox-busy" | "failed";

/**
 * Switches this page to the new version. Holds the sync lock meanwhile, so no push starts during the switch;
 * `waitForOutbox` waits for a running push to finish, otherwise a busy outbox answers "outbox-busy" at once.
 */
export async function takeOverWithNewVersion(state: UpdateState, { waitForOutbox }: { waitForOutbox: boolean }): Promise<TakeoverResult> {
  if (state === "none") return "failed";
  const run = async (): Promise<TakeoverResult> => {
    if (state === "activated-elsewhere") return reload();
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
    if (!waiting) return navigator.serviceWorker.controller ? reload() : "failed";
    isTakingOver = true;
    const controllerChanged = new Promise<boolean>((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true });
      setTimeout(() => resolve(false), TAKEOVER_TIMEOUT_MS);
    });
    // Serwist's worker calls skipWaiting() on this message (it listens for it because skipWaiting is false).
    waiting.postMessage({ type: "SKIP_WAITING" });
    if (await controllerChanged) return reload();
    isTakingOver = false;
    return "failed";
  };
  if (!navigator.locks) return run();
  return navigator.locks.request(SYNC_LOCK_NAME, waitForOutbox ? {} : { ifAvailable: true }, async (lock) => (lock ? run() : "outbox-busy"));
}

function reload(): TakeoverResult {
  window.location.reload();
  return "reloading";
}
