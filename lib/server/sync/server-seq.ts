import "server-only";
import { sql } from "drizzle-orm";
import { auditChainLock } from "../audit/append-audit";
import type { Db } from "../db/client";

// Any constant, shared by every writer of the `server_seq` sequence (records now; review decisions and case
// assignments later). Postgres sequences commit out of order: a row given seq 7 can become visible after a
// puller has already read seq 8 and moved its mark past 7 (offline-sync notes §1.3). Taking `nextval` only while
// holding this transaction-scoped lock — released by the commit itself, after the rows are visible — makes seqs
// become visible in order, so a `since` mark never skips a row. PGlite has one connection and is serial anyway.
//
// Lock order: take this lock BEFORE the audit chain's lock (appendAudit), in every transaction that takes both,
// or two writers can deadlock.
export const SERVER_SEQ_LOCK = 7_302_023;

/** Holds the server_seq lock until the end of the transaction. Call it as late as possible: it serializes writers. */
export async function lockServerSeq(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SERVER_SEQ_LOCK})`);
}

/** The value of a new row's `server_seq` column; only valid after lockServerSeq in the same transaction. */
export function nextServerSeq() {
  return sql<number>`nextval('server_seq')`;
}

/**
 * The server_seq lock, then the audit chain's (the order both files require), in one round trip: a push holds
 * both until its commit, and every statement sent while holding them is time no other push can use. The
 * subquery is evaluated first — its row must exist before the outer target list can run (OFFSET 0 keeps the
 * planner from flattening it) — so the two are never taken in the other order.
 */
export async function lockServerSeqThenAuditChain(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT ${auditChainLock} FROM (SELECT pg_advisory_xact_lock(${SERVER_SEQ_LOCK}) OFFSET 0) AS server_seq_first`);
}
