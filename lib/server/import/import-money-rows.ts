import "server-only";
import { formatDateVi } from "@/lib/domain/dates";
import type { ImportIssue } from "@/lib/domain/import/import-issue";
import { importedCaseId, importedMoneyEntryId } from "@/lib/domain/import/ledger-ids";
import type { MoneyImportRow } from "@/lib/domain/import/money-row";
import type { Lined } from "@/lib/domain/import/parse-ledger-file";
import type { Db } from "../db/client";
import { caseMoneyEntries } from "../db/schema";
import { ledgerChangedMeanwhile, unitOutOfScopeMessage, type ScopeUnit } from "./import-scope";
import { insertNewRows } from "./insert-new-rows";
import { existingMoneyEntryIds, lockCases } from "./ledger-lookups";

// The money file: lines of the money ledger of cases already in the ledger. An entry's id is its content (the
// export gives it no number), so the same line imported twice is the same entry, and two identical lines in one
// file cannot be told apart: that is an error asking for the receipt's number.

export interface MoneyPlan {
  issues: ImportIssue[];
  skipped: number;
  entries: (typeof caseMoneyEntries.$inferInsert)[];
}

export async function planMoneyRows(tx: Db, rows: readonly Lined<MoneyImportRow>[], scope: ReadonlyMap<string, ScopeUnit>): Promise<MoneyPlan> {
  const plan: MoneyPlan = { issues: [], skipped: 0, entries: [] };
  const fail = (line: number, column: string, message: string) => plan.issues.push({ line, column, message });
  const inScope: (Lined<MoneyImportRow> & { caseId: string; id: string })[] = [];
  for (const { line, row } of rows) {
    if (scope.has(row.key.unitCode)) inScope.push({ line, row, caseId: importedCaseId(row.key), id: importedMoneyEntryId(row.key, row.entry) });
    else fail(line, "ma_don_vi", unitOutOfScopeMessage(row.key.unitCode));
  }
  const stored = await lockCases(tx, inScope.map((c) => c.caseId));
  const existing = await existingMoneyEntryIds(tx, inScope.map((c) => c.id));

  const lineOfEntry = new Map<string, number>();
  for (const { line, row, caseId, id } of inScope) {
    const owner = stored.get(caseId);
    if (!owner) {
      fail(line, "ma_ho_so", `Không có hồ sơ mã ${row.key.caseCode} của đơn vị ${row.key.unitCode} trong sổ: hãy nhập tệp hồ sơ trước`);
      continue;
    }
    const same = lineOfEntry.get(id);
    if (same !== undefined) {
      fail(line, "so_chung_tu", `Dòng trùng hoàn toàn với dòng ${same} (cùng hồ sơ, loại, ngày, số tiền, số chứng từ): nếu là hai khoản khác nhau, hãy ghi số chứng từ`);
      continue;
    }
    lineOfEntry.set(id, line);
    const opened = owner.acceptedDate < owner.decisionDate ? owner.acceptedDate : owner.decisionDate;
    if (row.entry.date < opened) {
      fail(line, "ngay", `Ngày ghi sổ trước ngày thụ lý hồ sơ (${formatDateVi(opened)})`);
      continue;
    }
    if (existing.has(id)) plan.skipped += 1;
    else plan.entries.push({ id, caseId, kind: row.entry.kind, amount: row.entry.amount, entryDate: row.entry.date, reference: row.entry.reference });
  }
  return plan;
}

export async function writeMoneyPlan(tx: Db, plan: MoneyPlan) {
  const moneyEntries = await insertNewRows(tx, caseMoneyEntries, plan.entries);
  if (moneyEntries !== plan.entries.length) throw ledgerChangedMeanwhile();
  return { cases: 0, obligations: 0, decisions: 0, moneyEntries };
}
