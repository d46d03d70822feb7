import "server-only";
import { inArray } from "drizzle-orm";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import type { MutationResult } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { attachments, cases, fieldRecords } from "../db/schema";
import { auditRecordsReceived } from "./audit-records";
import { insertRecords, linkAttachmentsClause } from "./insert-records";
import { accepted, conflict, rejected } from "./push-results";
import { lockServerSeqThenAuditChain } from "./server-seq";
import { findRevisedOriginals, revisionRefusal, supersedeOriginals, type RevisedOriginal } from "./supersede-records";

interface StoredRecord {
  id: string;
  authorId: string;
  contentHash: string | null;
  serverSeq: number;
  receivedAt: Date;
}

/** A decision for one checked record: its result, or to be inserted, or an echo of an earlier one of the batch. */
type Decision = { kind: "done"; result: MutationResult } | { kind: "insert"; record: FieldRecord } | { kind: "echo"; record: FieldRecord; of: FieldRecord };

/**
 * Inside the batch's transaction: decide each record against the database, then insert the accepted ones with
 * their server_seq, their attachment links and one audit entry each.
 *
 * The locks serialize every push, so the time they are held is the server's throughput: the lookups run BEFORE
 * them (a batch that is all replays never takes them), and under them only three statements — both locks; the
 * inserts (which also read the audit head); the audit rows with the image links — then the commit. A record that
 * a concurrent push stored between the lookup and the lock (two devices sending one export) is skipped by the
 * insert (ON CONFLICT DO NOTHING), looked up again — under the lock, now committed and visible — and answered
 * like any stored record: duplicate or conflict.
 */
export async function writeRecords(tx: Db, user: SessionUser, deviceId: string, records: readonly FieldRecord[]): Promise<MutationResult[]> {
  const caseIds = unique(records.map((record) => record.caseId));
  const shas = unique(records.flatMap((record) => record.attachments.map((attachment) => attachment.sha256)));
  const [caseRows, held, stored] = await Promise.all([
    tx.select({ id: cases.id, officerId: cases.assignedOfficerId, unitId: cases.unitId }).from(cases).where(inArray(cases.id, caseIds)),
    shas.length === 0 ? [] : tx.select({ sha256: attachments.sha256 }).from(attachments).where(inArray(attachments.sha256, shas)),
    storedRecords(tx, records.map((record) => record.id)),
  ]);
  const caseOf = new Map(caseRows.map((row) => [row.id, row]));
  const heldShas = new Set(held.map((row) => row.sha256));
  const storedById = new Map(stored.map((row) => [row.id, row]));
  if (records.every((record) => storedById.has(record.id))) return records.map((record) => againstStored(record, storedById.get(record.id) as StoredRecord));

  await lockServerSeqThenAuditChain(tx);
  const originals = await findRevisedOriginals(tx, records);

  const toInsert = new Map<string, FieldRecord>();
  const revised = new Set<string>(); // originals already replaced by a revision of this batch
  const decisions = records.map((record): Decision => {
    const existing = storedById.get(record.id);
    if (existing) return { kind: "done", result: againstStored(record, existing) };
    const earlier = toInsert.get(record.id);
    if (earlier) return { kind: "echo", record, of: earlier };
    const refusal = refusalOf(record, user, caseOf, heldShas) ?? revisionRefusal(record, originalOf(record, originals, toInsert), revised);
    if (refusal) return { kind: "done", result: refusal };
    toInsert.set(record.id, record);
    if (record.revisionOf) revised.add(record.revisionOf);
    return { kind: "insert", record };
  });

  const { inserted, auditHead } = await insertRecords(tx, [...toInsert.values()]);
  const raced = [...toInsert.keys()].filter((id) => !inserted.has(id));
  if (raced.length > 0) for (const row of await storedRecords(tx, raced)) storedById.set(row.id, row);
  const written = [...toInsert.values()].filter((record) => inserted.has(record.id));
  const supersessions = written.flatMap((record) =>
    record.revisionOf && (originals.has(record.revisionOf) || toInsert.has(record.revisionOf)) ? [{ id: record.revisionOf, by: record.id }] : [],
  );
  const superseded = await supersedeOriginals(tx, supersessions);
  if (written.length > 0) await auditRecordsReceived(tx, user, deviceId, written, inserted, superseded, auditHead, linkAttachmentsClause(written));
  return decisions.map((decision) => {
    if (decision.kind === "done") return decision.result;
    const id = decision.kind === "insert" ? decision.record.id : decision.of.id;
    const row = inserted.get(id);
    if (!row) {
      const storedNow = storedById.get(id);
      if (!storedNow) throw new Error(`writeRecords: record ${id} was neither inserted nor found`);
      return againstStored(decision.record, storedNow);
    }
    if (decision.kind === "insert") return accepted("applied", row.id, row.serverSeq, row.receivedAt);
    // The same id twice in one batch: the second is a replay of the first, or a conflicting version of it.
    const sameContent = decision.record.contentHash === decision.of.contentHash;
    return sameContent ? accepted("duplicate", row.id, row.serverSeq, row.receivedAt) : conflict(row.id, decision.of.contentHash ?? "");
  });
}

/** A record id the server already holds: the same content is a replay (success); another is a conflict. */
function againstStored(record: FieldRecord, existing: StoredRecord): MutationResult {
  // Another author's id (a UUIDv7 collision, or a forged push): say nothing about that record, not even its hash.
  if (existing.authorId !== record.authorId) return rejected(record.id, "permission", "Mã biên bản này đã được dùng cho một biên bản khác");
  if (existing.contentHash === record.contentHash) return accepted("duplicate", record.id, existing.serverSeq, existing.receivedAt);
  if (existing.contentHash === null) throw new Error(`field record ${existing.id} has no content hash`);
  return conflict(record.id, existing.contentHash);
}

function refusalOf(record: FieldRecord, user: SessionUser, caseOf: Map<string, { officerId: string | null; unitId: string }>, heldShas: Set<string>): MutationResult | null {
  const caseRow = caseOf.get(record.caseId);
  if (!caseRow) {
    return rejected(record.id, "unknown_case", "Không tìm thấy hồ sơ thi hành án của biên bản", [{ path: "caseId", message: "Hồ sơ không tồn tại" }]);
  }
  if (user.role === "officer" && caseRow.officerId !== user.id) {
    return rejected(record.id, "permission", "Hồ sơ này không được phân công cho bạn", [{ path: "caseId", message: "Hồ sơ không được phân công cho bạn" }]);
  }
  // A supervisor imports for their own office only, and only records of the officer the case is assigned to.
  if (user.role !== "officer" && (caseRow.unitId !== user.unitId || caseRow.officerId !== record.authorId)) {
    return rejected(record.id, "permission", "Biên bản không thuộc hồ sơ của Chi cục bạn phụ trách, hoặc người lập không phải Chấp hành viên được phân công", [
      { path: "caseId", message: "Hồ sơ không thuộc phạm vi nhập của bạn" },
    ]);
  }
  const missing = record.attachments.flatMap((attachment, index) =>
    heldShas.has(attachment.sha256) ? [] : [{ path: `attachments.${index}.sha256`, message: "Máy chủ chưa nhận được tệp này" }],
  );
  if (missing.length > 0) {
    return rejected(record.id, "missing_attachment", `Máy chủ chưa nhận được ${missing.length} ảnh hoặc chữ ký của biên bản; thiết bị sẽ gửi lại`, missing);
  }
  return null;
}

/** The stored original of a revision, or one sent earlier in the same batch (then just submitted). */
function originalOf(record: FieldRecord, stored: ReadonlyMap<string, RevisedOriginal>, batch: ReadonlyMap<string, FieldRecord>): RevisedOriginal | undefined {
  if (!record.revisionOf) return undefined;
  const inBatch = batch.get(record.revisionOf);
  if (inBatch) return { id: inBatch.id, authorId: inBatch.authorId, caseId: inBatch.caseId, reviewState: "submitted" };
  return stored.get(record.revisionOf);
}

/** The batch's records the server already holds (no lock: a lookup before the push's locks, or again under them). */
function storedRecords(tx: Db, ids: readonly string[]): Promise<StoredRecord[]> {
  return tx
    .select({ id: fieldRecords.id, authorId: fieldRecords.authorId, contentHash: fieldRecords.contentHash, serverSeq: fieldRecords.serverSeq, receivedAt: fieldRecords.receivedAt })
    .from(fieldRecords)
    .where(inArray(fieldRecords.id, unique(ids)));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
