import "client-only";
import { SYNC_LOCK_NAME } from "../sync/sync-lock";
import type { UpdateState } from "./update-policy";

// The browser side of updates: notice a new service worker waiting (app/sw.ts never skips waiting by itself),
// and, when the policy allows, tell it to take over and reload into the new version. Talks to the registration
// directly rather than through @serwist/window, which stops listening after the first "external" update.

const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000; // an installed app may stay open for days
const TAKEOVER_TIMEOUT_MS = 30_000;

// Set while this page is handing over to the new worker: its controllerchange is ours, not another tab's (after a
// timeout it is cleared, so a late activation is reported as "activated-elsewhere" and the policy decides).
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

export type TakeoverResult =
  | "reloading"
  | "outbox-busy" // a push is running and the caller did not want to wait for it
  | "activated" // the new version took over, but a form opened meanwhile: reload later, when idle
  | "failed";

/** Waits for a push in progress (or not: `wait` false answers at once) and tells whether the outbox is free now. */
async function isOutboxFree(wait: boolean): Promise<boolean> {
  if (!navigator.locks) return true;
  // Taken and released at once: held through the switch, it could deadlock with the old worker's Background
  // Sync event (waiting for this lock), which the browser lets finish before it activates the new worker.
  return navigator.locks.request(SYNC_LOCK_NAME, wait ? {} : { ifAvailable: true }, async (lock) => lock !== null);
}

const SKIP_WAITING = { type: "SKIP_WAITING" } as const;
const REPEAT_SKIP_WAITING_MS = 3_000;

/** Resolves true at the next change of controller, false after the timeout; repeats the message meanwhile. */
function skipWaitingAndAwaitControl(registration: ServiceWorkerRegistration): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const send = () => registration.waiting?.postMessage(SKIP_WAITING);
    // The message can reach a worker the browser is still starting or about to stop; repeating it is harmless.
    const repeat = window.setInterval(send, REPEAT_SKIP_WAITING_MS);
    const finish = (isChanged: boolean) => {
      window.clearInterval(repeat);
      window.clearTimeout(timeout);
      resolve(isChanged);
    };
    const timeout = window.setTimeout(() => finish(false), TAKEOVER_TIMEOUT_MS);
    navigator.serviceWorker.addEventListener("controllerchange", () => finish(true), { once: true });
    send();
  });
}

/**
 * Switches this page to the new version: makes sure no push is running (`waitForOutbox`: waits for it to end,
 * otherwise answers "outbox-busy"), tells the waiting worker to take over — Serwist's worker calls skipWaiting()
 * on this message, as skipWaiting is false in app/sw.ts — and reloads once it controls the page, if
 * `canReloadNow()` still agrees then (a form may have opened in between).
 */
export async function takeOverWithNewVersion(state: UpdateState, options: { waitForOutbox: boolean; canReloadNow(): Promise<boolean> }): Promise<TakeoverResult> {
  if (state === "none") return "failed";
  if (state === "activated-elsewhere") return reload();
  if (!(await isOutboxFree(options.waitForOutbox))) return "outbox-busy";
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) return navigator.serviceWorker.controller ? reload() : "failed";
  isTakingOver = true;
  const isChanged = await skipWaitingAndAwaitControl(registration);
  isTakingOver = false;
  if (!isChanged) return "failed";
  return (await options.canReloadNow()) ? reload() : "activated";
}

function reload(): TakeoverResult {
  window.location.reload();
  return "reloading";
}
