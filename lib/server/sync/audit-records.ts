import "server-only";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import type { SessionUser } from "@/lib/domain/users";
import type { SQL } from "drizzle-orm";
import { AUDIT_GENESIS_HASH, chainAuditRows, insertChainedRows, type AuditEntryInput } from "../audit/append-audit";
import type { Db } from "../db/client";

/**
 * The audit entries of a push, in the transaction that inserts the records, in server_seq order: one per record
 * received — `record.submit` from the author's phone, `record.import` when a head imports an officer's lockdown
 * file — then one `record.supersede` per earlier record a revision replaces. The caller holds the chain's lock
 * and read its head (`prevHash`); `withClauses` (the image links) ride in the same statement.
 */
export async function auditRecordsReceived(
  tx: Db,
  user: SessionUser,
  deviceId: string,
  records: readonly FieldRecord[],
  inserted: ReadonlyMap<string, { serverSeq: number }>,
  superseded: readonly { id: string; by: string; serverSeq: number }[],
  prevHash: string | null,
  withClauses: SQL[],
): Promise<void> {
  const received: AuditEntryInput[] = records
    .map((record) => ({ record, serverSeq: inserted.get(record.id)?.serverSeq ?? 0 }))
    .sort((a, b) => a.serverSeq - b.serverSeq)
    .map(({ record, serverSeq }) => ({
      actorId: user.id,
      action: user.id === record.authorId ? "record.submit" : "record.import",
      entityType: "field_record",
      entityId: record.id,
      detail: {
        caseId: record.caseId,
        type: record.type,
        contentHash: record.contentHash,
        serverSeq,
        capturedAt: record.capturedAt,
        revisionOf: record.revisionOf ?? undefined,
        pushedFrom: deviceId,
      },
    }));
  const supersessions: AuditEntryInput[] = superseded.map((entry) => ({
    actorId: user.id,
    action: "record.supersede",
    entityType: "field_record",
    entityId: entry.id,
    detail: { supersededBy: entry.by, serverSeq: entry.serverSeq },
  }));
  const { rows, lastHash } = chainAuditRows([...received, ...supersessions], prevHash ?? AUDIT_GENESIS_HASH, new Date().toISOString());
  await tx.execute(insertChainedRows(rows, lastHash, ...withClauses));
}
