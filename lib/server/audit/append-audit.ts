import "server-only";
import { createHash } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema";

export const AUDIT_GENESIS_HASH = "0".repeat(64);

// Any constant: it serializes writers of the chain so that two entries never share a previous hash.
const AUDIT_CHAIN_LOCK = 7_302_022;

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
 * Appends one entry to the audit chain. Call it inside the transaction of the change it records, so that the
 * change and its audit row commit together or not at all.
 */
export async function appendAudit(tx: Db, input: AuditEntryInput): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
  const at = new Date().toISOString();
  const hash = auditEntryHash({ ...input, at, prevHash });
  await tx.insert(auditLog).values({
    at: new Date(at),
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    detail: input.detail ?? {},
    prevHash,
    hash,
  });
}
