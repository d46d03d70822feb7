import "server-only";
import { createHash } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import type { Db } from "../db/client";
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

/** One row of `audit_log` as written: the entry, its time, and its place in the chain. */
export interface ChainedAuditRow {
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: { [key: string]: JsonValue | undefined };
  prev_hash: string;
  hash: string;
}

/** The rows that extend the chain from `prevHash`, in order, each hashed over the one before (pure). */
export function chainAuditRows(inputs: readonly AuditEntryInput[], prevHash: string, at: string): { rows: ChainedAuditRow[]; lastHash: string } {
  let last = prevHash;
  const rows = inputs.map((entry) => {
    const detail = entry.detail ?? {};
    const hash = auditEntryHash({ ...entry, detail, at, prevHash: last });
    const row = { at, actor_id: entry.actorId, action: entry.action, entity_type: entry.entityType, entity_id: entry.entityId, detail, prev_hash: last, hash };
    last = hash;
    return row;
  });
  return { rows, lastHash: last };
}

/** Takes the chain's lock until the end of the transaction (statement text, to combine with other locks). */
export const auditChainLock = sql`pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;

/** The chain's last hash as a scalar subquery; read it only while holding the chain's lock. */
export const auditChainHeadHash = sql`(SELECT last_hash FROM audit_chain_head WHERE id = ${HEAD_ID}::integer)`;

/**
 * ONE statement that inserts chained rows and moves the head: data-modifying CTEs, so callers can put their own
 * inserts in front (`with`: `name AS (INSERT …)` clauses) and pay one round trip for all of it. One JSON
 * parameter rather than 8 per row; jsonb_to_recordset yields rows in array order and bigserial ids are drawn
 * row by row, so ids follow the chain's order.
 */
export function insertChainedRows(rows: readonly ChainedAuditRow[], lastHash: string, ...withClauses: SQL[]): SQL {
  const before = withClauses.length === 0 ? sql`` : sql`${sql.join(withClauses, sql`, `)}, `;
  return sql`WITH ${before}appended AS (
      INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, detail, prev_hash, hash)
      SELECT e.at, e.actor_id, e.action, e.entity_type, e.entity_id, e.detail, e.prev_hash, e.hash
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(at timestamptz, actor_id uuid, action text, entity_type text, entity_id text, detail jsonb, prev_hash text, hash text)
      RETURNING id)
    INSERT INTO audit_chain_head (id, last_id, last_hash, entries)
    SELECT ${HEAD_ID}::integer, max(id), ${lastHash}::text, count(*) FROM appended
    ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash, entries = audit_chain_head.entries + excluded.entries`;
}

/**
 * Appends entries to the audit chain, in order, with three statements whatever their number (lock, head, one
 * insert that also moves the head). Call it inside the transaction of the change it records, so that the change
 * and its audit rows commit together or not at all; the chain lock is held until that commit.
 */
export async function appendAuditEntries(tx: Db, inputs: readonly AuditEntryInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`SELECT ${auditChainLock}`);
  const [head] = await tx.select({ lastHash: auditChainHead.lastHash }).from(auditChainHead).where(eq(auditChainHead.id, HEAD_ID));
  const { rows, lastHash } = chainAuditRows(inputs, head?.lastHash ?? AUDIT_GENESIS_HASH, new Date().toISOString());
  await tx.execute(insertChainedRows(rows, lastHash));
}

/** Appends one entry (see appendAuditEntries). */
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<void> {
  await appendAuditEntries(tx, [input]);
}
