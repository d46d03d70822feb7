import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { CaseSchema } from "@/lib/domain/cases";
import type { SessionUser } from "@/lib/domain/users";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, units, users } from "../db/schema";
import { AppError } from "../http/app-error";

/**
 * One case with its parties, obligations, status history and money ledger. A case outside the caller's scope
 * answers 404 exactly like a missing one, so ids cannot be probed.
 */
export async function getCase(db: Db, user: SessionUser, caseId: string): Promise<CaseDetail> {
  const [row] = await db
    .select({ case: cases, unit: units })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(and(eq(cases.id, caseId), caseScopeCondition(db, user)))
    .limit(1);
  if (!row) throw new AppError("not_found", { detail: "Không tìm thấy hồ sơ thi hành án" });

  const [obligations, events, entries, officer] = await Promise.all([
    db.select().from(caseMoneyObligations).where(eq(caseMoneyObligations.caseId, caseId)).orderBy(asc(caseMoneyObligations.position)),
    db.select().from(caseStatusEvents).where(eq(caseStatusEvents.caseId, caseId)).orderBy(asc(caseStatusEvents.seq)),
    db.select().from(caseMoneyEntries).where(eq(caseMoneyEntries.caseId, caseId)).orderBy(asc(caseMoneyEntries.entryDate)),
    row.case.assignedOfficerId
      ? db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.id, row.case.assignedOfficerId))
      : Promise.resolve([]),
  ]);

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
    assignedOfficer: officer[0] ?? null,
    unit: { id: row.unit.id, code: row.unit.code, name: row.unit.name },
    moneyEntries: entries.map((e) => ({ kind: e.kind, amount: e.amount, date: e.entryDate, reference: e.reference })),
  };
}
