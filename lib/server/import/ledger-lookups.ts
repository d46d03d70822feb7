import "server-only";
import { and, asc, inArray } from "drizzle-orm";
import { groupBy } from "@/lib/domain/group-by";
import type { Db } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, users } from "../db/schema";

// Look-ups of a whole file's keys, a few thousand at a time: PostgreSQL caps a statement at 65,535 parameters
// and a file may hold 200,000 rows.
const CHUNK = 5_000;

async function inChunks<K, R>(keys: readonly K[], query: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const unique = [...new Set(keys)];
  const out: R[] = [];
  for (let start = 0; start < unique.length; start += CHUNK) out.push(...(await query(unique.slice(start, start + CHUNK))));
  return out;
}

export type CaseRow = typeof cases.$inferSelect;

/**
 * The cases of these ids, locked FOR UPDATE until the import commits: a head recording a decision on one of them
 * meanwhile (cases/record-case-decision.ts locks the same row) waits, so no seq is taken under the import's feet.
 */
export async function lockCases(tx: Db, ids: readonly string[]): Promise<Map<string, CaseRow>> {
  const rows = await inChunks(ids, (chunk) => tx.select().from(cases).where(inArray(cases.id, chunk)).orderBy(asc(cases.id)).for("update"));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Cases of these units carrying these QĐTHA numbers: a number is unique per unit and date (cases_unit_decision_key). */
export async function casesByDecisionNumber(tx: Db, unitIds: readonly string[], numbers: readonly string[]) {
  if (unitIds.length === 0) return [];
  return inChunks(numbers, (chunk) =>
    tx
      .select({ id: cases.id, unitId: cases.unitId, decisionNumber: cases.decisionNumber, decisionDate: cases.decisionDate })
      .from(cases)
      .where(and(inArray(cases.unitId, [...new Set(unitIds)]), inArray(cases.decisionNumber, chunk))),
  );
}

export type EventRow = typeof caseStatusEvents.$inferSelect;

export async function eventsOfCases(tx: Db, caseIds: readonly string[]): Promise<Map<string, EventRow[]>> {
  const rows = await inChunks(caseIds, (chunk) => tx.select().from(caseStatusEvents).where(inArray(caseStatusEvents.caseId, chunk)).orderBy(asc(caseStatusEvents.seq)));
  return groupBy(rows, (row) => row.caseId);
}

export type ObligationRow = typeof caseMoneyObligations.$inferSelect;

export async function obligationsOfCases(tx: Db, caseIds: readonly string[]): Promise<Map<string, ObligationRow[]>> {
  const rows = await inChunks(caseIds, (chunk) => tx.select().from(caseMoneyObligations).where(inArray(caseMoneyObligations.caseId, chunk)).orderBy(asc(caseMoneyObligations.position)));
  return groupBy(rows, (row) => row.caseId);
}

export async function existingMoneyEntryIds(tx: Db, ids: readonly string[]): Promise<Set<string>> {
  const rows = await inChunks(ids, (chunk) => tx.select({ id: caseMoneyEntries.id }).from(caseMoneyEntries).where(inArray(caseMoneyEntries.id, chunk)));
  return new Set(rows.map((row) => row.id));
}

export async function usersByUsername(tx: Db, usernames: readonly string[]) {
  const rows = await inChunks(usernames, (chunk) =>
    tx.select({ id: users.id, username: users.username, unitId: users.unitId, role: users.role, isActive: users.isActive }).from(users).where(inArray(users.username, chunk)),
  );
  return new Map(rows.map((row) => [row.username, row]));
}

