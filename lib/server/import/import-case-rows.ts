import "server-only";
import { formatDateVi } from "@/lib/domain/dates";
import type { CaseImportRow } from "@/lib/domain/import/case-row";
import type { ImportIssue } from "@/lib/domain/import/import-issue";
import { caseKeyText, importedCaseId, importedDecisionId, importedObligationId } from "@/lib/domain/import/ledger-ids";
import type { Lined } from "@/lib/domain/import/parse-ledger-file";
import { caseSearchText } from "@/lib/domain/search-text";
import type { Db } from "../db/client";
import { caseMoneyObligations, cases, caseStatusEvents } from "../db/schema";
import { caseDifferences } from "./case-differences";
import { ledgerChangedMeanwhile, unitOutOfScopeMessage, type ScopeUnit } from "./import-scope";
import { insertNewRows } from "./insert-new-rows";
import { casesByDecisionNumber, lockCases, obligationsOfCases, usersByUsername } from "./ledger-lookups";

// The case file: each row a new case with its obligation and its QĐTHA as decision 0 of the status history
// (đang thi hành). Checked whole before anything is written (import-ledger.ts writes only a file without issues).

export interface CasePlan {
  issues: ImportIssue[];
  skipped: number;
  cases: (typeof cases.$inferInsert)[];
  obligations: (typeof caseMoneyObligations.$inferInsert)[];
  events: (typeof caseStatusEvents.$inferInsert)[];
}

interface Candidate extends Lined<CaseImportRow> {
  id: string;
  unit: ScopeUnit;
}

export async function planCaseRows(tx: Db, rows: readonly Lined<CaseImportRow>[], scope: ReadonlyMap<string, ScopeUnit>): Promise<CasePlan> {
  const plan: CasePlan = { issues: [], skipped: 0, cases: [], obligations: [], events: [] };
  const fail = (line: number, column: string, message: string) => plan.issues.push({ line, column, message });
  const candidates = inFileChecks(rows, scope, fail);

  const officers = await usersByUsername(tx, candidates.flatMap((c) => (c.row.officerUsername ? [c.row.officerUsername] : [])));
  const stored = await lockCases(tx, candidates.map((c) => c.id));
  const storedObligations = await obligationsOfCases(tx, [...stored.keys()]);
  const numbered = await casesByDecisionNumber(tx, candidates.map((c) => c.unit.id), candidates.map((c) => c.row.decisionNumber));
  const holderOf = new Map(numbered.map((c) => [`${c.unitId}|${c.decisionNumber}|${c.decisionDate}`, c.id]));

  for (const { line, row, id, unit } of candidates) {
    const officer = row.officerUsername ? officers.get(row.officerUsername) : undefined;
    if (row.officerUsername && (!officer || officer.role !== "officer" || !officer.isActive || officer.unitId !== unit.id)) {
      fail(line, "ten_dang_nhap_chv", `Không có Chấp hành viên đang làm việc tên đăng nhập « ${row.officerUsername} » thuộc đơn vị ${unit.code}`);
    }
    const existing = stored.get(id);
    if (existing) {
      const differences = caseDifferences(existing, storedObligations.get(id) ?? [], row);
      for (const { column, stored: was } of differences) fail(line, column, `Hồ sơ ${row.key.caseCode} đã có trong sổ với giá trị khác (${was}); việc nhập không sửa hồ sơ đã có`);
      if (differences.length === 0) plan.skipped += 1;
      continue;
    }
    const holder = holderOf.get(`${unit.id}|${row.decisionNumber}|${row.decisionDate}`);
    if (holder !== undefined) {
      fail(line, "so_qd_thi_hanh", `Quyết định ${row.decisionNumber} ngày ${formatDateVi(row.decisionDate)} đã là của một hồ sơ khác của đơn vị ${unit.code}`);
      continue;
    }
    plan.cases.push({
      id,
      unitId: unit.id,
      assignedOfficerId: officer?.id ?? null,
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      acceptedDate: row.acceptedDate,
      judgmentNumber: row.judgment.number,
      judgmentDate: row.judgment.date,
      judgmentCourt: row.judgment.court,
      kind: row.kind,
      debtor: row.debtor,
      creditor: row.creditor,
      searchText: caseSearchText(row.debtor, row.creditor, row.decisionNumber),
      nonMoneyObligations: row.nonMoney,
      status: "dang_thi_hanh",
      statusGround: null,
    });
    if (row.money) plan.obligations.push({ id: importedObligationId(row.key, 0), caseId: id, position: 0, ...row.money });
    // The QĐTHA opens the history: thụ lý → đang thi hành (domain §2.4), as the demo seed's decision 0.
    const opening = { status: "dang_thi_hanh", ground: null, decisionNumber: row.decisionNumber, decisionDate: row.decisionDate, signer: row.signer };
    plan.events.push({ id: importedDecisionId(row.key, 0), caseId: id, seq: 0, ...opening });
  }
  return plan;
}

/** Unit in scope, and no case twice in the file (by its key, or by its QĐTHA's number and date). */
function inFileChecks(rows: readonly Lined<CaseImportRow>[], scope: ReadonlyMap<string, ScopeUnit>, fail: (line: number, column: string, message: string) => void): Candidate[] {
  const lineOfKey = new Map<string, number>();
  const lineOfDecision = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const { line, row } of rows) {
    const unit = scope.get(row.key.unitCode);
    if (!unit) {
      fail(line, "ma_don_vi", unitOutOfScopeMessage(row.key.unitCode));
      continue;
    }
    const key = caseKeyText(row.key);
    const decision = `${unit.id}|${row.decisionNumber}|${row.decisionDate}`;
    const sameKey = lineOfKey.get(key);
    const sameDecision = lineOfDecision.get(decision);
    if (sameKey !== undefined) fail(line, "ma_ho_so", `Mã hồ sơ trùng với dòng ${sameKey}`);
    else if (sameDecision !== undefined) fail(line, "so_qd_thi_hanh", `Số và ngày quyết định thi hành án trùng với dòng ${sameDecision}: mỗi quyết định là một hồ sơ`);
    if (sameKey !== undefined || sameDecision !== undefined) continue;
    lineOfKey.set(key, line);
    lineOfDecision.set(decision, line);
    candidates.push({ line, row, unit, id: importedCaseId(row.key) });
  }
  return candidates;
}

/** Writes a plan without issues; a row skipped by a concurrent writer despite the checks aborts the import (409). */
export async function writeCasePlan(tx: Db, plan: CasePlan) {
  const inserted = {
    cases: await insertNewRows(tx, cases, plan.cases),
    obligations: await insertNewRows(tx, caseMoneyObligations, plan.obligations),
    decisions: await insertNewRows(tx, caseStatusEvents, plan.events),
  };
  if (inserted.cases !== plan.cases.length || inserted.decisions !== plan.events.length) throw ledgerChangedMeanwhile();
  return { ...inserted, moneyEntries: 0 };
}
