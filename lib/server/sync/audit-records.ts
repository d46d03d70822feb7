import "server-only";
import { desc, sql } from "drizzle-orm";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit, auditEntryHash, type AuditEntryInput } from "../audit/append-audit";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema";

/**
 * One audit entry per record received, in the transaction that inserts it, in server_seq order.
 *
 * appendAudit costs three statements per entry (chain lock, last hash, insert): 150 for a batch of 50, all while
 * the server_seq lock is held, which capped the whole server near 650 records/s (`npm run bench:sync`). So the
 * first entry goes through appendAudit — which takes the chain lock for the rest of the transaction — and the
 * others are chained here from its hash with the same auditEntryHash and inserted in one statement, their ids
 * following the list order. If append-audit.ts grows a batch append, use it instead.
 */
export async function auditRecordsReceived(
  tx: Db,
  user: SessionUser,
  deviceId: string,
  records: readonly FieldRecord[],
  inserted: ReadonlyMap<string, { serverSeq: number }>,
): Promise<void> {
  const entries: AuditEntryInput[] = records
    .map((record) => ({ record, serverSeq: inserted.get(record.id)?.serverSeq ?? 0 }))
    .sort((a, b) => a.serverSeq - b.serverSeq)
    .map(({ record, serverSeq }) => ({
      actorId: user.id,
      action: "record.submit",
      entityType: "field_record",
      entityId: record.id,
      detail: { caseId: record.caseId, type: record.type, contentHash: record.contentHash, serverSeq, pushedFrom: deviceId },
    }));
  const [first, ...rest] = entries;
  if (!first) return;
  await appendAudit(tx, first);
  if (rest.length === 0) return;
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  if (!head) throw new Error("auditRecordsReceived: the entry just appended is not there");
  let prevHash = head.hash;
  const at = new Date().toISOString();
  const rows = rest.map((entry) => {
    const hash = auditEntryHash({ ...entry, at, prevHash });
    const row = { at, actor_id: entry.actorId, action: entry.action, entity_type: entry.entityType, entity_id: entry.entityId, detail: entry.detail ?? {}, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // One JSON parameter rather than the query builder's 400, for the same reason as insert-records.ts; ids are
  // assigned in array order, which is the chain's order.
  await tx.execute(sql`INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, detail, prev_hash, hash)
    SELECT e.at, e.actor_id, e.action, e.entity_type, e.entity_id, e.detail, e.prev_hash, e.hash
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(at timestamptz, actor_id uuid, action text, entity_type text, entity_id text, detail jsonb, prev_hash text, hash text)`);
}
