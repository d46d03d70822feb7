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

/** Past this share of the quota a warning shows: a full disk stops drafts from saving and photos from being kept. */
export const NEARLY_FULL_SHARE = 0.8;

/** The used share of the quota (0–1), or null when the browser does not say. */
export function usedShare({ usageBytes, quotaBytes }: Pick<StorageStatus, "usageBytes" | "quotaBytes">): number | null {
  if (usageBytes === null || quotaBytes === null || !(quotaBytes > 0) || !(usageBytes >= 0)) return null;
  return Math.min(1, usageBytes / quotaBytes);
}

export function isNearlyFull(status: Pick<StorageStatus, "usageBytes" | "quotaBytes">): boolean {
  const share = usedShare(status);
  return share !== null && share >= NEARLY_FULL_SHARE;
}
