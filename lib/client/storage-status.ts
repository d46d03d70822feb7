import "client-only";

export interface StorageStatus {
  isPersisted: boolean | null; // null: the browser cannot tell
  usageBytes: number | null;
  quotaBytes: number | null;
}

/**
 * Asks the browser not to evict this site's data under storage pressure. Eviction deletes an origin's data
 * all at once — the outbox included — and persistent origins are skipped (MDN, Storage quotas and eviction
 * criteria). Chrome grants it to installed or often-used sites; Safari requires Home Screen install.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (typeof navigator === "undefined" || !navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  if (typeof navigator === "undefined" || !navigator.storage) return { isPersisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted?.().catch(() => null) ?? null,
    navigator.storage.estimate?.().catch(() => null) ?? null,
  ]);
  return { isPersisted: persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}
