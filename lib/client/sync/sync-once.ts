import "client-only";
import { ensureDeviceId } from "../db/device-id";
import type { FieldDatabase } from "../db/field-database";
import { pullAssignedCases } from "./pull-cases";
import { pushOutbox } from "./push-outbox";
import { backoffDelayMs, problemOf, readSyncStatus, type SyncStatus, writeSyncStatus } from "./sync-status";
import type { Fetch } from "./transport";

/**
 * One sync pass for the signed-in user: push the outbox (images first), then pull. Never throws: what went
 * wrong is written to the sync status, with the time of the next attempt (backoff with jitter).
 */
export async function syncOnce(db: FieldDatabase, userId: string, fetchImpl: Fetch, now: () => Date = () => new Date()): Promise<SyncStatus> {
  const previous = await readSyncStatus(db, userId);
  const attemptAt = now().toISOString();
  await writeSyncStatus(db, userId, { ...previous, isRunning: true }).catch(() => undefined);
  let status: SyncStatus;
  try {
    const pushed = await pushOutbox(db, userId, await ensureDeviceId(db), fetchImpl);
    const pulled = pushed.kind === "done" ? await pullAssignedCases(db, userId, undefined, fetchImpl) : null;
    const failure = pushed.kind === "stopped" ? pushed.error : pulled && !pulled.ok ? toTransport(pulled.error.kind) : null;
    if (!failure) {
      status = { lastSuccessAt: attemptAt, lastAttemptAt: attemptAt, problem: null, nextAttemptAt: null, failures: 0, isRunning: false };
    } else {
      const failures = previous.failures + 1;
      const retryable = failure.kind === "network" || failure.kind === "server";
      status = {
        ...previous,
        isRunning: false,
        lastAttemptAt: attemptAt,
        problem: problemOf(failure),
        failures,
        // Signed out or outdated: waiting will not help; the officer acts (sign in, update) and sync resumes.
        nextAttemptAt: retryable ? new Date(now().getTime() + backoffDelayMs(failures)).toISOString() : null,
      };
    }
  } catch {
    // IndexedDB itself failed (full disk, evicted database): report it; nothing was removed.
    status = { ...previous, isRunning: false, lastAttemptAt: attemptAt, problem: "server", failures: previous.failures + 1, nextAttemptAt: new Date(now().getTime() + backoffDelayMs(previous.failures + 1)).toISOString() };
  }
  await writeSyncStatus(db, userId, status).catch(() => undefined);
  return status;
}

function toTransport(kind: "network" | "unauthenticated" | "problem" | "invalid_response") {
  if (kind === "network") return { kind: "network" } as const;
  if (kind === "unauthenticated") return { kind: "unauthenticated" } as const;
  return { kind: "server", status: 0 } as const;
}
