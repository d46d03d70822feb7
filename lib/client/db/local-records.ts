import "client-only";
import { uuidv7 } from "uuidv7";
import type { RecordType } from "@/lib/domain/records/record-types";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import type { FieldDatabase, LocalRecord } from "./field-database";

export interface NewDraft {
  authorId: string;
  caseId: string;
  type: RecordType;
  payload: Record<string, unknown>;
  deviceId: string;
  revisionOf?: string | null;
}

export async function createDraft(db: FieldDatabase, draft: NewDraft, now: Date = new Date()): Promise<LocalRecord> {
  const stamp = now.toISOString();
  const record: LocalRecord = {
    id: uuidv7(),
    authorId: draft.authorId,
    caseId: draft.caseId,
    type: draft.type,
    state: "draft",
    payload: draft.payload,
    location: null,
    locationNote: null,
    attachments: [],
    revisionOf: draft.revisionOf ?? null,
    contentHash: null,
    deviceId: draft.deviceId,
    createdAt: stamp,
    updatedAt: stamp,
    capturedAt: null,
  };
  await db.records.add(record);
  return record;
}

export type DraftChanges = Partial<Pick<LocalRecord, "payload" | "location" | "locationNote">>;

/**
 * Writes a change to a draft. A finalized record is frozen: the write is refused inside the same transaction
 * that reads the state, so a late keystroke from a slow form can never alter a finalized biên bản.
 */
export async function saveDraft(db: FieldDatabase, recordId: string, changes: DraftChanges, now: Date = new Date()): Promise<boolean> {
  return db.transaction("rw", db.records, async () => {
    const current = await db.records.get(recordId);
    if (!current || current.state !== "draft") return false;
    await db.records.update(recordId, { ...changes, updatedAt: now.toISOString() });
    return true;
  });
}

/** Deletes a draft the officer chose to discard (after confirming). Finalized records cannot be deleted. */
export async function discardDraft(db: FieldDatabase, recordId: string): Promise<boolean> {
  return db.transaction("rw", db.records, async () => {
    const current = await db.records.get(recordId);
    if (!current || current.state !== "draft") return false;
    await db.records.delete(recordId);
    return true;
  });
}

/**
 * Freezes a validated, hashed record and queues it for sending — record and outbox row in ONE transaction,
 * so a crash can never leave a final record that will not be sent, nor an outbox row without its record.
 */
export async function commitFinalRecord(db: FieldDatabase, record: FieldRecord, now: Date = new Date()): Promise<LocalRecord | null> {
  return db.transaction("rw", db.records, db.outbox, async () => {
    const current = await db.records.get(record.id);
    if (!current || current.state !== "draft") return null;
    const final: LocalRecord = {
      ...current,
      state: "final",
      payload: record.payload as Record<string, unknown>,
      location: record.location,
      locationNote: record.locationNote,
      attachments: record.attachments,
      contentHash: record.contentHash,
      capturedAt: record.capturedAt,
      updatedAt: now.toISOString(),
      sync: { state: "pending" },
    };
    await db.records.put(final);
    await db.outbox.add({
      mutationId: uuidv7(),
      recordId: record.id,
      authorId: record.authorId,
      state: "pending",
      createdAt: now.toISOString(),
      attempts: 0,
    });
    return final;
  });
}

/** A correction is a new draft that copies the frozen record and points at it; the original stays as it was. */
export async function createRevision(db: FieldDatabase, original: LocalRecord, deviceId: string, now: Date = new Date()): Promise<LocalRecord> {
  const revision = await createDraft(
    db,
    { authorId: original.authorId, caseId: original.caseId, type: original.type, payload: structuredClone(original.payload), deviceId, revisionOf: original.id },
    now,
  );
  return revision;
}
