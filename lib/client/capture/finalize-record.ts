import "client-only";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import { RecordEnvelopeSchema } from "@/lib/domain/records/envelope";
import { attachmentUsesOf, type FieldRecord, FieldRecordSchema, payloadSchemaFor, type TypedPayload } from "@/lib/domain/records/field-record";
import { locationNoteProblem } from "@/lib/domain/records/location-rule";
import { commitFinalRecord } from "../db/local-records";
import { attachmentRefsFor } from "../db/local-attachments";
import type { FieldDatabase, LocalRecord } from "../db/field-database";

export interface Issue {
  path: string; // dotted: "payload.participants.0.signOff", "locationNote"
  message: string;
}

export type FinalizeOutcome =
  | { ok: true; record: FieldRecord; stored: LocalRecord }
  | { ok: false; reason: "invalid"; issues: Issue[] }
  | { ok: false; reason: "frozen" };

function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix: string[] = []): Issue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path.map(String)].join("."), message: issue.message }));
}

// A placeholder for the envelope's hash field while validating; the real hash is computed over the validated
// record (with its hash emptied) right after.
const HASH_PLACEHOLDER = "0".repeat(64);

/**
 * *Hoàn tất*: validates the draft with the shared zod schema, freezes it, computes the SHA-256 of its
 * canonical JSON (attachment hashes included) and queues it — record and outbox row in one transaction.
 */
export async function finalizeRecord(db: FieldDatabase, local: LocalRecord, now: Date = new Date()): Promise<FinalizeOutcome> {
  const payload = payloadSchemaFor(local.type).safeParse(local.payload);
  if (!payload.success) {
    const issues = toIssues(payload.error.issues, ["payload"]);
    const locationProblem = locationNoteProblem(local.location, local.locationNote);
    if (locationProblem) issues.unshift({ path: "locationNote", message: locationProblem });
    return { ok: false, reason: "invalid", issues };
  }
  const typed = { type: local.type, payload: payload.data } as TypedPayload;
  const attachments = await attachmentRefsFor(db, attachmentUsesOf(typed));
  if ("missing" in attachments) {
    return { ok: false, reason: "invalid", issues: [{ path: "payload", message: `Thiếu ${attachments.missing.length} ảnh hoặc chữ ký trên máy; hãy chụp hoặc ký lại` }] };
  }
  // The payload is validated once, above; the envelope is checked on its own. The whole-record rules are the
  // location reason (checked here) and the attachment references, which hold by construction of `attachments`.
  const envelope = RecordEnvelopeSchema.safeParse({
    id: local.id,
    caseId: local.caseId,
    authorId: local.authorId,
    deviceId: local.deviceId,
    capturedAt: now.toISOString(),
    location: local.location,
    locationNote: local.locationNote,
    attachments,
    state: "final",
    contentHash: HASH_PLACEHOLDER,
    revisionOf: local.revisionOf,
  });
  if (!envelope.success) return { ok: false, reason: "invalid", issues: toIssues(envelope.error.issues) };
  const locationProblem = locationNoteProblem(envelope.data.location, envelope.data.locationNote);
  if (locationProblem) return { ok: false, reason: "invalid", issues: [{ path: "locationNote", message: locationProblem }] };
  const record = { ...envelope.data, ...typed } as FieldRecord;
  const sealed: FieldRecord = { ...record, contentHash: await computeContentHash(record) };
  const stored = await commitFinalRecord(db, sealed, now);
  return stored ? { ok: true, record: sealed, stored } : { ok: false, reason: "frozen" };
}

/** A finalized local record as the domain type (for print, review and hashing checks). */
export function asFieldRecord(local: LocalRecord): FieldRecord | null {
  if (local.state !== "final") return null;
  const parsed = FieldRecordSchema.safeParse({
    id: local.id,
    caseId: local.caseId,
    authorId: local.authorId,
    deviceId: local.deviceId,
    capturedAt: local.capturedAt,
    location: local.location,
    locationNote: local.locationNote,
    attachments: local.attachments,
    state: local.state,
    contentHash: local.contentHash,
    revisionOf: local.revisionOf,
    type: local.type,
    payload: local.payload,
  });
  return parsed.success ? parsed.data : null;
}
