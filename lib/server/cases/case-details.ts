import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { groupBy } from "@/lib/domain/group-by";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { CaseSchema } from "@/lib/domain/cases";
import type { Db } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, units, users } from "../db/schema";

// The row → CaseDetail mapping shared by GET /api/cases/{id} and the sync pull, so that the screen and the
// phone's offline copy can never disagree on what a case looks like.

const assignedOfficers = alias(users, "assigned_officers");

export interface CaseDetailRow {
  case: typeof cases.$inferSelect;
  unit: typeof units.$inferSelect;
  officer: { id: string; name: string } | null;
}

/** Case rows with their unit and assigned officer; the caller adds its own where, order and limit. */
export function selectCaseDetailRows(db: Db) {
  return db
    .select({ case: cases, unit: units, officer: { id: assignedOfficers.id, name: assignedOfficers.displayName } })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(assignedOfficers, eq(assignedOfficers.id, cases.assignedOfficerId));
}

/**
 * Full details of many cases in three queries (obligations, status history, money ledger of all of them),
 * whatever their number — never one query per case. The result keeps the order of `rows`.
 */
export async function loadCaseDetails(db: Db, rows: readonly CaseDetailRow[]): Promise<CaseDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.case.id);
  const [obligations, events, entries] = await Promise.all([
    db.select().from(caseMoneyObligations).where(inArray(caseMoneyObligations.caseId, ids)).orderBy(asc(caseMoneyObligations.position)),
    db.select().from(caseStatusEvents).where(inArray(caseStatusEvents.caseId, ids)).orderBy(asc(caseStatusEvents.seq)),
    db.select().from(caseMoneyEntries).where(inArray(caseMoneyEntries.caseId, ids)).orderBy(asc(caseMoneyEntries.entryDate)),
  ]);
  const obligationsOf = groupBy(obligations, (row) => row.caseId);
  const eventsOf = groupBy(events, (row) => row.caseId);
  const entriesOf = groupBy(entries, (row) => row.caseId);
  return rows.map((row) => toCaseDetail(row, obligationsOf.get(row.case.id) ?? [], eventsOf.get(row.case.id) ?? [], entriesOf.get(row.case.id) ?? []));
}

export async function loadCaseDetail(db: Db, row: CaseDetailRow): Promise<CaseDetail> {
  const [detail] = await loadCaseDetails(db, [row]);
  if (!detail) throw new Error("loadCaseDetails returned no detail for one row");
  return detail;
}

function toCaseDetail(
  row: CaseDetailRow,
  obligations: readonly (typeof caseMoneyObligations.$inferSelect)[],
  events: readonly (typeof caseStatusEvents.$inferSelect)[],
  entries: readonly (typeof caseMoneyEntries.$inferSelect)[],
): CaseDetail {
  // Parsing what the database holds keeps the API's promise even if a bad row was ever written.
  const domainCase = CaseSchema.parse({
    id: row.case.id,
    unitId: row.case.unitId,
    assignedOfficerId: row.case.assignedOfficerId,
    decisionNumber: row.case.decisionNumber,
    decisionDate: row.case.decisionDate,
    acceptedDate: row.case.acceptedDate,
    judgment: { number: row.case.judgmentNumber, date: row.case.judgmentDate, court: row.case.judgmentCourt },
    kind: row.case.kind,
    debtor: row.case.debtor,
    creditor: row.case.creditor,
    obligations: {
      money: obligations.map((o) => ({ description: o.description, amount: o.amount })),
      nonMoney: row.case.nonMoneyObligations,
    },
    status: row.case.status,
    statusHistory: events.map((e) => ({
      status: e.status,
      ground: e.ground,
      decisionNumber: e.decisionNumber,
      decisionDate: e.decisionDate,
      signer: e.signer,
    })),
  });

  return {
    case: domainCase,
    assignedOfficer: row.officer,
    unit: { id: row.unit.id, code: row.unit.code, name: row.unit.name },
    moneyEntries: entries.map((e) => ({ kind: e.kind, amount: e.amount, date: e.entryDate, reference: e.reference })),
  };
}
