import "server-only";
import { inArray } from "drizzle-orm";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import type { MutationResult } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { attachments, cases, fieldRecords } from "../db/schema";
import { auditRecordsReceived } from "./audit-records";
import { insertRecords } from "./insert-records";
import { accepted, conflict, rejected } from "./push-results";
import { lockServerSeq } from "./server-seq";
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
 * their server_seq, their attachment links and one audit entry each. Lookups that need no lock come first; the
 * server_seq lock is taken just before the dedupe lookup, so a concurrent push of the same id waits and then
 * sees it (→ duplicate), and held through the inserts until commit.
 */
export async function writeRecords(tx: Db, user: SessionUser, deviceId: string, records: readonly FieldRecord[]): Promise<MutationResult[]> {
  const caseIds = unique(records.map((record) => record.caseId));
  const shas = unique(records.flatMap((record) => record.attachments.map((attachment) => attachment.sha256)));
  const caseRows = await tx.select({ id: cases.id, officerId: cases.assignedOfficerId, unitId: cases.unitId }).from(cases).where(inArray(cases.id, caseIds));
  const held = shas.length === 0 ? [] : await tx.select({ sha256: attachments.sha256 }).from(attachments).where(inArray(attachments.sha256, shas));
  const caseOf = new Map(caseRows.map((row) => [row.id, row]));
  const heldShas = new Set(held.map((row) => row.sha256));

  await lockServerSeq(tx);
  const stored = await tx
    .select({ id: fieldRecords.id, authorId: fieldRecords.authorId, contentHash: fieldRecords.contentHash, serverSeq: fieldRecords.serverSeq, receivedAt: fieldRecords.receivedAt })
    .from(fieldRecords)
    .where(inArray(fieldRecords.id, unique(records.map((record) => record.id))));
  const storedById = new Map(stored.map((row) => [row.id, row]));
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

  const inserted = await insertRecords(tx, [...toInsert.values()]);
  const supersessions = [...toInsert.values()].flatMap((record) =>
    record.revisionOf && (originals.has(record.revisionOf) || toInsert.has(record.revisionOf)) ? [{ id: record.revisionOf, by: record.id }] : [],
  );
  const superseded = await supersedeOriginals(tx, supersessions);
  await auditRecordsReceived(tx, user, deviceId, [...toInsert.values()], inserted, superseded);
  return decisions.map((decision) => {
    if (decision.kind === "done") return decision.result;
    const row = inserted.get(decision.kind === "insert" ? decision.record.id : decision.of.id);
    if (!row) throw new Error(`writeRecords: record ${decision.record.id} was not inserted`);
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

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
