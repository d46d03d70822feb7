import "client-only";
import { Dexie, type EntityTable } from "dexie";
import type { CaseDetail } from "@/lib/domain/api/cases";
import type { AttachmentRef, GeoFix } from "@/lib/domain/records/envelope";
import type { RecordType } from "@/lib/domain/records/record-types";
import type { ReturnReason } from "@/lib/domain/review/review-schemas";
import type { ReviewState } from "@/lib/domain/review/review-state";
import type { SessionUser } from "@/lib/domain/users";
import { reopenIfDead, watchForClose } from "./reopen";

// The device's store (architecture §4, conventions §6). Schema changes only ever ADD a `version(n)`; a phone
// may hold days of unsynced legal records in the old shape.

/** A case the server assigned to `heldBy`; replaced wholesale by each complete pull. */
export interface LocalCase {
  id: string;
  heldBy: string;
  detail: CaseDetail;
  searchText: string; // normalised decision number, party names and ID numbers
  pulledAt: string;
}

/** A biên bản on the device: a draft (any partial payload) until finalized, then frozen. */
export interface LocalRecord {
  id: string; // UUIDv7 made on the device
  authorId: string;
  caseId: string;
  type: RecordType;
  state: "draft" | "final";
  payload: Record<string, unknown>;
  location: GeoFix | null;
  locationNote: string | null;
  attachments: AttachmentRef[]; // filled at finalize
  revisionOf: string | null;
  contentHash: string | null;
  deviceId: string;
  createdAt: string;
  updatedAt: string;
  capturedAt: string | null; // when the officer closed the minutes (device clock, as reported)
  sync?: RecordSyncState; // absent on drafts
  review?: RecordReview; // absent until a pull brings the server's review of this record
}

/**
 * The head's review of a record as the last pull brought it (issue #5): the latest decision only, replaced
 * wholesale when the record comes back in the stream with a later one.
 */
export interface RecordReview {
  state: ReviewState;
  decidedAt: string | null; // null while submitted (no decision yet), or superseded before any decision
  reason: ReturnReason | null; // why it was returned
  supersededBy: string | null; // the revision that replaced it on the server
}

/** Where a finalized record stands with the server (shown as Chờ gửi, Đã gửi, Bị từ chối, Xung đột). */
export type RecordSyncState =
  | { state: "pending" }
  | { state: "synced"; serverSeq: number; receivedAt: string }
  | { state: "rejected"; reason: string; message: string; errors: { path: string; message: string }[] }
  | { state: "conflict"; serverHash: string; message: string };

/** An image's description, content-addressed. Its bytes are in `attachmentBytes`, read only when shown or sent. */
export interface LocalAttachment {
  sha256: string;
  mime: AttachmentRef["mime"];
  size: number;
  kind: AttachmentRef["kind"];
  ownerId: string;
  createdAt: string;
  uploadedAt?: string; // the server confirmed it holds these bytes
}

/**
 * The bytes of an image: an ArrayBuffer (its MIME type is on the LocalAttachment), not a Blob — WebKit has
 * lost Blobs stored in IndexedDB more than once (https://github.com/dexie/Dexie.js/issues/1227, /1919). Kept
 * apart so that listing or finalizing never reads megabytes of photos it does not need.
 */
export interface AttachmentBytes {
  sha256: string;
  bytes: ArrayBuffer;
}

/**
 * Plain data, never a closure: what the sync engine must send. Deleted only when the server acknowledges;
 * a rejected or conflicting one stays, with its reason, until the officer revises the record.
 */
export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  recordId: string;
  authorId: string;
  state: "pending" | "rejected" | "conflict";
  createdAt: string;
  attempts: number;
  lastError?: string;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export interface DeviceSession {
  user: SessionUser;
  verifiedAt: string; // the last time the server confirmed this session
}

export type FieldDatabase = Dexie & {
  cases: EntityTable<LocalCase, "id">;
  records: EntityTable<LocalRecord, "id">;
  attachments: EntityTable<LocalAttachment, "sha256">;
  attachmentBytes: EntityTable<AttachmentBytes, "sha256">;
  outbox: EntityTable<OutboxEntry, "seq">;
  meta: EntityTable<MetaEntry, "key">;
};

export const FIELD_DATABASE_NAME = "thads-field";

export function openFieldDatabase(name: string = FIELD_DATABASE_NAME): FieldDatabase {
  // Chrome's default durability is "relaxed" since Chrome 121: a power loss right after a commit could lose
  // it. A finalized legal record must survive a dead battery, so every transaction is flushed to disk.
  // autoOpen (Dexie's default, spelled out because everything relies on it): after the browser closes the
  // connection — iOS does under memory pressure — the next operation opens a new one (see reopen.ts).
  const db = new Dexie(name, { chromeTransactionDurability: "strict", autoOpen: true }) as FieldDatabase;
  watchForClose(db);
  db.version(1).stores({
    cases: "id, heldBy",
    records: "id, [authorId+caseId], [authorId+state], caseId",
    attachments: "sha256, ownerId",
    attachmentBytes: "sha256",
    outbox: "++seq, &mutationId, recordId, authorId",
    meta: "key",
  });
  // Issue #5: the officer's returned records (a sparse index: a record without a review is not in it) and the
  // revisions of a record, for the home's « Biên bản bị trả lại » and the record page. Only indexes are added,
  // so no upgrade function: IndexedDB fills them from the rows already there.
  db.version(2).stores({
    records: "id, [authorId+caseId], [authorId+state], caseId, revisionOf, [authorId+review.state]",
  });
  return db;
}

let shared: FieldDatabase | null = null;

/** The app's one connection, reopened if the browser closed it and a first reopen failed. */
export function fieldDatabase(): FieldDatabase {
  shared ??= openFieldDatabase();
  reopenIfDead(shared);
  return shared;
}
