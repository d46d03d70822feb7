import "server-only";
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CaseListQuery, CaseListResponse } from "@/lib/domain/api/cases";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import { normalizeSearchText } from "@/lib/domain/search-text";
import type { SessionUser } from "@/lib/domain/users";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { caseMoneyObligations, cases, units, users } from "../db/schema";

const officers = alias(users, "officers");

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function searchCondition(q: string | undefined): SQL | undefined {
  const needle = q ? normalizeSearchText(q) : "";
  if (!needle) return undefined;
  const pattern = `%${escapeLike(needle)}%`;
  return or(ilike(cases.searchText, pattern), ilike(cases.decisionNumber, `%${escapeLike(q?.trim() ?? "")}%`));
}

/** A page of the cases in the caller's scope, newest decisions first. */
export async function listCases(db: Db, user: SessionUser, query: CaseListQuery): Promise<CaseListResponse> {
  const where = and(
    caseScopeCondition(db, user),
    searchCondition(query.q),
    query.status ? eq(cases.status, query.status) : undefined,
  );
  const moneyTotal = sql<number>`coalesce((select sum(${caseMoneyObligations.amount}) from ${caseMoneyObligations} where ${caseMoneyObligations.caseId} = ${cases.id}), 0)`.mapWith(Number);
  const partyName = (column: typeof cases.debtor | typeof cases.creditor) => sql<string>`coalesce(${column}->>'fullName', ${column}->>'name', '')`;

  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: cases.id,
        decisionNumber: cases.decisionNumber,
        decisionDate: cases.decisionDate,
        kind: cases.kind,
        debtorName: partyName(cases.debtor),
        creditorName: partyName(cases.creditor),
        status: cases.status,
        statusGround: cases.statusGround,
        moneyTotal,
        officerId: officers.id,
        officerName: officers.displayName,
        unitId: units.id,
        unitCode: units.code,
        unitName: units.name,
      })
      .from(cases)
      .innerJoin(units, eq(units.id, cases.unitId))
      .leftJoin(officers, eq(officers.id, cases.assignedOfficerId))
      .where(where)
      .orderBy(desc(cases.decisionDate), asc(cases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(cases).where(where),
  ]);

  return {
    items: rows.map((row) => ({
      id: row.id,
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      kind: row.kind,
      debtorName: row.debtorName,
      creditorName: row.creditorName,
      status: CaseStatusSchema.parse(row.status),
      statusGround: row.statusGround,
      moneyTotal: row.moneyTotal,
      assignedOfficer: row.officerId && row.officerName ? { id: row.officerId, name: row.officerName } : null,
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: totals?.n ?? 0,
  };
}
