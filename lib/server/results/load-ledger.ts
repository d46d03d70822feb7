import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
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
 * and the total it orders. Four scans, grouped in memory (the ledger is the source of truth; issue #6's bench
 * says how far this goes before a per-day snapshot must be materialized).
 */
export async function loadLedger(db: Db, unitIds: readonly string[], asOf: string): Promise<ScopedLedgerCase[]> {
  if (unitIds.length === 0) return [];
  const inUnits = inArray(cases.unitId, [...unitIds]);
  const [caseRows, eventRows, obligationRows, entryRows] = await Promise.all([
    db
      .select({ id: cases.id, unitId: cases.unitId, officerId: cases.assignedOfficerId, acceptedDate: cases.acceptedDate, kind: cases.kind })
      .from(cases)
      .where(and(inUnits, lte(cases.acceptedDate, asOf))),
    db
      .select({ caseId: caseStatusEvents.caseId, seq: caseStatusEvents.seq, status: caseStatusEvents.status, ground: caseStatusEvents.ground, decisionDate: caseStatusEvents.decisionDate })
      .from(caseStatusEvents)
      .innerJoin(cases, eq(cases.id, caseStatusEvents.caseId))
      .where(and(inUnits, lte(caseStatusEvents.decisionDate, asOf))),
    db
      .select({ caseId: caseMoneyObligations.caseId, total: sql<number>`sum(${caseMoneyObligations.amount})`.mapWith(Number) })
      .from(caseMoneyObligations)
      .innerJoin(cases, eq(cases.id, caseMoneyObligations.caseId))
      .where(inUnits)
      .groupBy(caseMoneyObligations.caseId),
    db
      .select({ caseId: caseMoneyEntries.caseId, kind: caseMoneyEntries.kind, amount: caseMoneyEntries.amount, entryDate: caseMoneyEntries.entryDate })
      .from(caseMoneyEntries)
      .innerJoin(cases, eq(cases.id, caseMoneyEntries.caseId))
      .where(and(inUnits, lte(caseMoneyEntries.entryDate, asOf))),
  ]);
  const events = groupByCase<LedgerStatusEvent & { caseId: string }>(eventRows);
  const entries = groupByCase<LedgerMoneyEntry & { caseId: string }>(entryRows);
  const totals = new Map(obligationRows.map((row) => [row.caseId, row.total]));
  return caseRows.map((row) => ({
    ...row,
    obligationTotal: totals.get(row.id) ?? 0,
    events: events.get(row.id) ?? [],
    moneyEntries: entries.get(row.id) ?? [],
  }));
}

function groupByCase<T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.caseId);
    if (group) group.push(row);
    else groups.set(row.caseId, [row]);
  }
  return groups;
}
