import "client-only";

// When the page last finished fetching something (a navigation's payload, a prefetch, a sync request), from the
// Resource Timing entries the browser records at the end of each response. See `isNetworkBusy` in update-policy.ts.

const QUIET_MS = 2_000;
let lastFetchEndedAt = -Infinity;

/** Starts recording; returns a stop function. */
export function watchFetches(): () => void {
  if (typeof PerformanceObserver === "undefined") return () => undefined;
  const observer = new PerformanceObserver(() => {
    lastFetchEndedAt = performance.now();
  });
  try {
    observer.observe({ type: "resource" });
  } catch {
    return () => undefined; // no Resource Timing: never considered busy
  }
  return () => observer.disconnect();
}

export function isNetworkBusy(): boolean {
  return performance.now() - lastFetchEndedAt < QUIET_MS;
}
