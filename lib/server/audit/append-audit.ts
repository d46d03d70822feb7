import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import { queryRows, type Db } from "../db/client";
import { auditChainHead } from "../db/schema";

export const AUDIT_GENESIS_HASH = "0".repeat(64);

// Any constant: it serializes writers of the chain so that two entries never share a previous hash.
// Lock order: a transaction that also takes the server_seq lock takes that one first (sync/server-seq.ts).
const AUDIT_CHAIN_LOCK = 7_302_022;
const HEAD_ID = 1;

export interface AuditEntryInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  detail?: { [key: string]: JsonValue | undefined };
}

/** The hash of one entry covers its content and the previous entry's hash, so edits break the chain. */
export function auditEntryHash(entry: AuditEntryInput & { at: string; prevHash: string }): string {
  const body = canonicalJson({
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    detail: entry.detail ?? {},
    prevHash: entry.prevHash,
  });
  return createHash("sha256").update(body).digest("hex");
}

/**
 * Appends entries to the audit chain, in order, with four statements whatever their number (lock, head, one
 * insert, head update). Call it inside the transaction of the change it records, so that the change and its
 * audit rows commit together or not at all; the chain lock is held until that commit.
 */
export async function appendAuditEntries(tx: Db, inputs: readonly AuditEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await tx.select({ lastHash: auditChainHead.lastHash }).from(auditChainHead).where(eq(auditChainHead.id, HEAD_ID));
  let prevHash = head?.lastHash ?? AUDIT_GENESIS_HASH;
  const at = new Date().toISOString();
  const rows = inputs.map((entry) => {
    const detail = entry.detail ?? {};
    const hash = auditEntryHash({ ...entry, detail, at, prevHash });
    const row = { at, actor_id: entry.actorId, action: entry.action, entity_type: entry.entityType, entity_id: entry.entityId, detail, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // One JSON parameter rather than the query builder's 8 per row; jsonb_to_recordset yields rows in array order
  // and bigserial ids are drawn row by row, so ids follow the chain's order.
  const inserted = await queryRows<{ id: string | number }>(
    tx,
    sql`INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, detail, prev_hash, hash)
      SELECT e.at, e.actor_id, e.action, e.entity_type, e.entity_id, e.detail, e.prev_hash, e.hash
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(at timestamptz, actor_id uuid, action text, entity_type text, entity_id text, detail jsonb, prev_hash text, hash text)
      RETURNING id`,
  );
  const lastId = Math.max(...inserted.map((row) => Number(row.id)));
  await tx
    .insert(auditChainHead)
    .values({ id: HEAD_ID, lastId, lastHash: prevHash, entries: rows.length })
    .onConflictDoUpdate({ target: auditChainHead.id, set: { lastId, lastHash: prevHash, entries: sql`${auditChainHead.entries} + ${rows.length}` } });
}

/** Appends one entry (see appendAuditEntries). */
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<void> {
  await appendAuditEntries(tx, [input]);
}
