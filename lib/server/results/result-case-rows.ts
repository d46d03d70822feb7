import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ResultCaseRow } from "@/lib/domain/api/result-cases";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import type { Figures, LedgerStatusEvent } from "@/lib/domain/statistics/case-figures";
import type { Db } from "../db/client";
import { cases, units, users } from "../db/schema";
import type { ScopedLedgerCase } from "./load-ledger";

const officers = alias(users, "officers");
const partyName = (column: typeof cases.debtor | typeof cases.creditor) => sql<string>`coalesce(${column}->>'fullName', ${column}->>'name', '')`;

export interface ResultCaseSource {
  ledgerCase: ScopedLedgerCase;
  figures: Figures;
  /** The decision in force on the as-of date; none yet means the case is being enforced (thụ lý). */
  status: LedgerStatusEvent | null;
}

/** The rows of one page: the case's names and numbers read for these cases only, in the order given. */
export async function loadResultCaseRows(db: Db, sources: readonly ResultCaseSource[]): Promise<ResultCaseRow[]> {
  if (sources.length === 0) return [];
  const rows = await db
    .select({
      id: cases.id,
      decisionNumber: cases.decisionNumber,
      decisionDate: cases.decisionDate,
      debtorName: partyName(cases.debtor),
      creditorName: partyName(cases.creditor),
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      officerId: officers.id,
      officerName: officers.displayName,
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(officers, eq(officers.id, cases.assignedOfficerId))
    .where(inArray(cases.id, sources.map((source) => source.ledgerCase.id)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return sources.flatMap((source) => {
    const row = byId.get(source.ledgerCase.id);
    return row ? [toRow(source, row)] : [];
  });
}

function toRow(source: ResultCaseSource, row: { decisionNumber: string; decisionDate: string; debtorName: string; creditorName: string; unitId: string; unitCode: string; unitName: string; officerId: string | null; officerName: string | null }): ResultCaseRow {
  const { ledgerCase, figures } = source;
  // An unknown status code is a data error the import refuses; caseFigures counts it as being enforced, and so
  // does the list, so that the row says what the number counted.
  const status = CaseStatusSchema.safeParse(source.status?.status ?? "dang_thi_hanh").data ?? "dang_thi_hanh";
  const ground = source.status?.ground ?? null;
  return {
    id: ledgerCase.id,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    acceptedDate: ledgerCase.acceptedDate,
    kind: ledgerCase.kind,
    debtorName: row.debtorName,
    creditorName: row.creditorName,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    officer: row.officerId && row.officerName ? { id: row.officerId, name: row.officerName } : null,
    status,
    statusGround: ground,
    statusLabel: `${STATUS_LABELS_VI[status]}${ground ? ` (điểm ${ground === "dd" ? "đ" : ground})` : ""}`,
    money: {
      toEnforce: figures.moneyToEnforce,
      withConditions: figures.moneyWithConditions,
      collected: figures.moneyCollected,
      terminated: figures.moneyTerminated,
      reduced: figures.moneyReduced,
      done: figures.moneyCollected + figures.moneyTerminated + figures.moneyReduced,
    },
  };
}
