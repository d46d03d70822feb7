"use client";

import { useCallback, useEffect, useState } from "react";
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from "@/lib/client/storage-status";

let hasAskedThisVisit = false;

/**
 * The device's storage as the browser reports it. Mounting it (the officer's home and outbox, i.e. after sign-in,
 * once cases are on the phone) asks once for persistent storage: a persistent origin is skipped when the browser
 * evicts data under storage pressure. `refresh` re-reads; `requestPersistence` asks again (from a click, which
 * Firefox needs to show its prompt).
 */
export function useStorageStatus(refreshKey: unknown) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => void readStorageStatus().then(setStatus), []);

  useEffect(() => {
    // Once per visit, not on every mount of the home or the outbox: Firefox shows its prompt on each call.
    if (hasAskedThisVisit) return;
    hasAskedThisVisit = true;
    void requestPersistentStorage().then(refresh);
  }, [refresh]);

  useEffect(() => {
    refresh();
  }, [refresh, refreshKey]);

  const requestPersistence = useCallback(() => void requestPersistentStorage().then(refresh), [refresh]);
  return { status, requestPersistence };
}
