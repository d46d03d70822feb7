import "client-only";
import { PUSH_MAX_MUTATIONS, type MutationResult } from "@/lib/domain/sync-push";
import { SYNC_PROTOCOL_VERSION } from "@/lib/domain/sync-protocol";
import { asFieldRecord } from "../capture/finalize-record";
import type { FieldDatabase, LocalRecord, OutboxEntry, RecordSyncState } from "../db/field-database";
import { rewindRecordsSince } from "./records-cursor";
import { type Fetch, pushBatch, type TransportError } from "./transport";
import { uploadAttachments } from "./upload-attachments";

export type PushOutcome = { kind: "done"; sent: number; refused: number } | { kind: "stopped"; error: TransportError; sent: number; refused: number };

async function pendingBatch(db: FieldDatabase, userId: string, size: number): Promise<OutboxEntry[]> {
  const entries = await db.outbox.where("authorId").equals(userId).sortBy("seq");
  return entries.filter((entry) => entry.state === "pending").slice(0, size);
}

/** Marks an outbox entry as refused (kept, with its reason) and its record's state, in one transaction. */
async function refuse(db: FieldDatabase, entry: OutboxEntry, sync: Extract<RecordSyncState, { state: "rejected" | "conflict" }>) {
  await db.transaction("rw", db.outbox, db.records, async () => {
    if (entry.seq !== undefined) await db.outbox.update(entry.seq, { state: sync.state, lastError: sync.message, attempts: entry.attempts + 1 });
    await db.records.update(entry.recordId, { sync });
  });
}

async function applyResults(db: FieldDatabase, entries: readonly OutboxEntry[], results: readonly MutationResult[]): Promise<{ sent: number; refused: number }> {
  const byId = new Map(results.map((result) => [result.id, result]));
  let sent = 0;
  let refused = 0;
  // One transaction: an acknowledgement is never half-applied (outbox row gone but record not marked, or back).
  await db.transaction("rw", db.outbox, db.records, db.meta, async () => {
    for (const entry of entries) {
      const result = byId.get(entry.recordId);
      if (!result || entry.seq === undefined) continue; // no answer for it: it stays pending and is retried
      if (result.status === "applied" || result.status === "duplicate") {
        await db.outbox.delete(entry.seq);
        await db.records.update(entry.recordId, { sync: { state: "synced", serverSeq: result.serverSeq, receivedAt: result.receivedAt } });
        if (result.status === "duplicate") await rewindRecordsSince(db, entry.authorId, result.serverSeq);
        sent += 1;
      } else if (result.status === "rejected") {
        const message = result.problem.detail ?? result.problem.title;
        await db.outbox.update(entry.seq, { state: "rejected", lastError: message, attempts: entry.attempts + 1 });
        await db.records.update(entry.recordId, { sync: { state: "rejected", reason: result.reason, message, errors: result.problem.errors ?? [] } });
        refused += 1;
      } else {
        const message = result.problem.detail ?? "Máy chủ đã có một biên bản khác cùng mã";
        await db.outbox.update(entry.seq, { state: "conflict", lastError: message, attempts: entry.attempts + 1 });
        await db.records.update(entry.recordId, { sync: { state: "conflict", serverHash: result.serverHash, message } });
        refused += 1;
      }
    }
  });
  return { sent, refused };
}

/**
 * Sends the user's pending records, oldest first, in batches of at most 50: images first (content-addressed,
 * idempotent), then the records. A retried batch is harmless — the server answers `duplicate`. A 413 halves
 * the batch; anything that is not the records' fault (network, 5xx, 401, 426) stops the pass with its reason,
 * everything kept for the next one.
 */
export async function pushOutbox(db: FieldDatabase, userId: string, deviceId: string, fetchImpl: Fetch): Promise<PushOutcome> {
  let batchSize = PUSH_MAX_MUTATIONS;
  let sent = 0;
  let refused = 0;
  for (;;) {
    const entries = await pendingBatch(db, userId, batchSize);
    if (entries.length === 0) return { kind: "done", sent, refused };
    const loaded: { entry: OutboxEntry; record: LocalRecord }[] = [];
    for (const entry of entries) {
      const record = await db.records.get(entry.recordId);
      if (!record || !asFieldRecord(record)) {
        await refuse(db, entry, { state: "rejected", reason: "validation", message: "Biên bản trên máy bị hỏng, không gửi được; hãy lập biên bản sửa đổi", errors: [] });
        refused += 1;
        continue;
      }
      loaded.push({ entry, record });
    }
    // Images first, all of the batch's together: a record is only pushed once the server has every image of it.
    const uploaded = await uploadAttachments(db, loaded.map(({ record }) => record), fetchImpl);
    if (!uploaded.ok) return { kind: "stopped", error: uploaded.error, sent, refused };
    const ready: { entry: OutboxEntry; record: LocalRecord }[] = [];
    for (const item of loaded) {
      const reason = uploaded.refused.get(item.record.id);
      if (reason === undefined) {
        ready.push(item);
        continue;
      }
      await refuse(db, item.entry, { state: "rejected", reason: "missing_attachment", message: reason, errors: [] });
      refused += 1;
    }
    if (ready.length === 0) continue;
    const mutations = ready.flatMap(({ record }) => {
      const fieldRecord = asFieldRecord(record);
      return fieldRecord ? [{ id: record.id, type: "record.submit" as const, record: fieldRecord }] : [];
    });
    const response = await pushBatch(fetchImpl, { protocol: SYNC_PROTOCOL_VERSION, deviceId, mutations });
    if (!response.ok) {
      if (response.error.kind === "too_large" && batchSize > 1) {
        batchSize = Math.max(1, Math.floor(batchSize / 2));
        continue;
      }
      return { kind: "stopped", error: response.error, sent, refused };
    }
    const applied = await applyResults(db, ready.map(({ entry }) => entry), response.data.results);
    sent += applied.sent;
    refused += applied.refused;
    // A server that answered for none of them would loop forever: stop, the rows stay pending.
    if (applied.sent + applied.refused === 0) return { kind: "stopped", error: { kind: "server", status: 200 }, sent, refused };
  }
}
