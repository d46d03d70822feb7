import "server-only";
import { and, eq, inArray, lte, type SQL } from "drizzle-orm";
import { groupBy } from "@/lib/domain/group-by";
import type { LedgerCase, LedgerMoneyEntry, LedgerStatusEvent } from "@/lib/domain/statistics/case-figures";
import type { Db } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents } from "../db/schema";

export interface ScopedLedgerCase extends LedgerCase {
  id: string;
  unitId: string;
  officerId: string | null;
  kind: "chu_dong" | "theo_yeu_cau";
}

/**
 * The case ledger of some units as of a date: each case with its decisions and money entries up to that date
 * and the total it orders. Four scans, grouped in memory. The results themselves read the rollup
 * (./rollup); this is the source it is built from, and what lists the cases behind a figure.
 */
export async function loadLedger(db: Db, unitIds: readonly string[], asOf: string): Promise<ScopedLedgerCase[]> {
  if (unitIds.length === 0) return [];
  return loadWhere(db, inArray(cases.unitId, [...unitIds]), asOf);
}

/** Whole ledgers (every date) of some cases, for keeping the rollup right when they change. */
export async function loadCaseLedgers(db: Db, caseIds: readonly string[]): Promise<ScopedLedgerCase[]> {
  if (caseIds.length === 0) return [];
  return loadWhere(db, inArray(cases.id, [...caseIds]), null);
}

async function loadWhere(db: Db, caseFilter: SQL, asOf: string | null): Promise<ScopedLedgerCase[]> {
  const upTo = (column: Parameters<typeof lte>[0]) => (asOf === null ? undefined : lte(column, asOf));
  // One after the other: inside a transaction the four share one connection (pg refuses overlapping queries on one
  // client from v9), and outside one they are not the slow part.
  const caseRows = await db
    .select({ id: cases.id, unitId: cases.unitId, officerId: cases.assignedOfficerId, acceptedDate: cases.acceptedDate, kind: cases.kind })
    .from(cases)
    .where(and(caseFilter, upTo(cases.acceptedDate)));
  const eventRows = await db
    .select({ caseId: caseStatusEvents.caseId, seq: caseStatusEvents.seq, status: caseStatusEvents.status, ground: caseStatusEvents.ground, decisionDate: caseStatusEvents.decisionDate })
    .from(caseStatusEvents)
    .innerJoin(cases, eq(cases.id, caseStatusEvents.caseId))
    .where(and(caseFilter, upTo(caseStatusEvents.decisionDate)));
  const obligationRows = await db
    .select({ caseId: caseMoneyObligations.caseId, amount: caseMoneyObligations.amount })
    .from(caseMoneyObligations)
    .innerJoin(cases, eq(cases.id, caseMoneyObligations.caseId))
    .where(caseFilter);
  const entryRows = await db
    .select({ caseId: caseMoneyEntries.caseId, kind: caseMoneyEntries.kind, amount: caseMoneyEntries.amount, entryDate: caseMoneyEntries.entryDate })
    .from(caseMoneyEntries)
    .innerJoin(cases, eq(cases.id, caseMoneyEntries.caseId))
    .where(and(caseFilter, upTo(caseMoneyEntries.entryDate)));
  const events = groupBy<LedgerStatusEvent & { caseId: string }>(eventRows, (row) => row.caseId);
  const entries = groupBy<LedgerMoneyEntry & { caseId: string }>(entryRows, (row) => row.caseId);
  const totals = new Map<string, number>();
  for (const row of obligationRows) totals.set(row.caseId, (totals.get(row.caseId) ?? 0) + row.amount);
  return caseRows.map((row) => ({
    ...row,
    obligationTotal: totals.get(row.id) ?? 0,
    events: events.get(row.id) ?? [],
    moneyEntries: entries.get(row.id) ?? [],
  }));
}
