import "client-only";
import type { FieldDatabase } from "../db/field-database";
import type { TransportError } from "./transport";

/** What the officer sees of sync: the last success, what stopped the last pass, when the next one is due. */
export interface SyncStatus {
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  problem: "offline" | "signed_out" | "update_required" | "server" | null;
  nextAttemptAt: string | null;
  failures: number; // consecutive, for the backoff
  isRunning: boolean; // a pass is sending now (shown as Đang gửi)
}

export const IDLE_STATUS: SyncStatus = { lastSuccessAt: null, lastAttemptAt: null, problem: null, nextAttemptAt: null, failures: 0, isRunning: false };

const key = (userId: string) => `syncStatus:${userId}`;

export async function readSyncStatus(db: FieldDatabase, userId: string): Promise<SyncStatus> {
  const entry = await db.meta.get(key(userId));
  return entry ? { ...IDLE_STATUS, ...(entry.value as Partial<SyncStatus>) } : IDLE_STATUS;
}

export async function writeSyncStatus(db: FieldDatabase, userId: string, status: SyncStatus): Promise<void> {
  await db.meta.put({ key: key(userId), value: status });
}

export function problemOf(error: TransportError): NonNullable<SyncStatus["problem"]> {
  switch (error.kind) {
    case "network":
      return "offline";
    case "unauthenticated":
      return "signed_out";
    case "upgrade_required":
      return "update_required";
    default:
      return "server";
  }
}

const BASE_DELAY_MS = 5_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** Exponential backoff with jitter (×0.5–1.5), capped at 5 minutes, so a thousand phones never retry in step. */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return Math.min(MAX_DELAY_MS, Math.round(exponential * (0.5 + random())));
}
