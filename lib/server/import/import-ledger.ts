import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { LedgerImportResponse } from "@/lib/domain/api/import";
import { localDateOf } from "@/lib/domain/dates";
import { IMPORT_LIMITS, issueToFieldError, sortIssues, type ImportIssue } from "@/lib/domain/import/import-issue";
import { decodeLedgerBytes, parseLedgerFile, type ParsedLedgerFile } from "@/lib/domain/import/parse-ledger-file";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import type { Db } from "../db/client";
import { AppError } from "../http/app-error";
import { planCaseRows, writeCasePlan } from "./import-case-rows";
import { planDecisionRows, writeDecisionPlan } from "./import-decision-rows";
import { planMoneyRows, writeMoneyPlan } from "./import-money-rows";
import { loadImportScope, type ScopeUnit } from "./import-scope";
import { withRollup } from "../results/rollup/with-rollup";

// Any constant: one ledger import at a time, so that two files touching the same cases never interleave their
// checks and writes. Lock order: this lock, then case rows (FOR UPDATE), then the audit chain's lock.
const LEDGER_IMPORT_LOCK = 7_302_024;

type Inserted = LedgerImportResponse["inserted"];

/**
 * POST /api/import/ledger: one CSV file of the national software's export (docs/import-format.md), all or nothing.
 * The file is read and checked row by row (lib/domain/import), then, in ONE transaction, every reference is
 * resolved (units in the caller's scope, officers of the unit, cases in the ledger) and every row compared with
 * what the ledger holds. Any issue → 422 listing them by row, nothing written. Otherwise the new rows are inserted
 * under ids derived from their keys, so importing the same file again inserts nothing, and one audit entry says
 * what the file brought.
 */
export async function importLedger(db: Db, user: SessionUser, bytes: Uint8Array, now: Date = new Date()): Promise<LedgerImportResponse> {
  if (user.role === "officer") throw new AppError("forbidden", { detail: "Chấp hành viên không được nhập sổ thụ lý" });
  const decoded = decodeLedgerBytes(bytes);
  if (!decoded.ok) throw unprocessable([decoded.issue]);
  const file = parseLedgerFile(decoded.text, localDateOf(now.toISOString()));
  if (file.kind === null) throw unprocessable(file.issues);

  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LEDGER_IMPORT_LOCK})`);
    const scope = await loadImportScope(tx, user);
    const { inserted, skipped, statusUpdated } = await checkThenWrite(tx, file, scope);
    const response: LedgerImportResponse = { kind: file.kind, rows: file.rowCount, inserted, skipped };
    await appendAudit(tx, {
      actorId: user.id,
      action: "ledger.import",
      entityType: "ledger_file",
      // The file's own SHA-256: the same file imported twice shows as one entity with two entries.
      entityId: createHash("sha256").update(bytes).digest("hex"),
      detail: { kind: file.kind, rows: file.rowCount, bytes: bytes.byteLength, inserted, skipped, statusUpdated, units: unitCodesOf(file) },
    });
    return response;
  });
}

async function checkThenWrite(tx: Db, file: ParsedLedgerFile, scope: ReadonlyMap<string, ScopeUnit>): Promise<{ inserted: Inserted; skipped: number; statusUpdated: number }> {
  // The file's own issues and the references' are reported together, so one round of corrections fixes all.
  const refuseIf = (issues: readonly ImportIssue[]) => {
    if (file.issues.length + issues.length > 0) throw unprocessable([...file.issues, ...issues]);
  };
  switch (file.kind) {
    case "ho_so": {
      const plan = await planCaseRows(tx, file.rows, scope);
      refuseIf(plan.issues);
      const inserted = await withRollup(tx, plan.cases.map((c) => c.id), () => writeCasePlan(tx, plan));
      return { inserted, skipped: plan.skipped, statusUpdated: 0 };
    }
    case "quyet_dinh": {
      const plan = await planDecisionRows(tx, file.rows, scope);
      refuseIf(plan.issues);
      const inserted = await withRollup(tx, plan.events.map((event) => event.caseId), () => writeDecisionPlan(tx, plan));
      return { inserted, skipped: plan.skipped, statusUpdated: plan.statusChanges.length };
    }
    case "so_tien": {
      const plan = await planMoneyRows(tx, file.rows, scope);
      refuseIf(plan.issues);
      const inserted = await withRollup(tx, plan.entries.map((entry) => entry.caseId), () => writeMoneyPlan(tx, plan));
      return { inserted, skipped: plan.skipped, statusUpdated: 0 };
    }
    case null:
      throw unprocessable(file.issues);
  }
}

function unitCodesOf(file: ParsedLedgerFile): string[] {
  const codes = new Set<string>();
  for (const { row } of file.rows) codes.add(row.key.unitCode);
  return [...codes].sort();
}

/** 422 with the issues in file order, the first IMPORT_LIMITS.reportedIssues of them; the detail gives the total. */
function unprocessable(issues: readonly ImportIssue[]): AppError {
  const sorted = sortIssues(issues);
  const shown = sorted.slice(0, IMPORT_LIMITS.reportedIssues);
  const total = sorted.length.toLocaleString("vi-VN");
  const more = shown.length < sorted.length ? ` Dưới đây là ${shown.length.toLocaleString("vi-VN")} lỗi đầu tiên.` : "";
  return new AppError("unprocessable", { detail: `Tệp có ${total} lỗi nên không dòng nào được nhập.${more}`, errors: shown.map(issueToFieldError) });
}
