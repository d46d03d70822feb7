import "server-only";
import { sql } from "drizzle-orm";
import { formatDateVi } from "@/lib/domain/dates";
import type { DecisionImportRow } from "@/lib/domain/import/decision-row";
import type { ImportIssue } from "@/lib/domain/import/import-issue";
import { importedCaseId, importedDecisionId } from "@/lib/domain/import/ledger-ids";
import type { Lined } from "@/lib/domain/import/parse-ledger-file";
import { settleDecisionsNeeded } from "../cases/settle-decisions-needed";
import type { Db } from "../db/client";
import { caseStatusEvents } from "../db/schema";
import { ledgerChangedMeanwhile, unitOutOfScopeMessage, type ScopeUnit } from "./import-scope";
import { insertNewRows } from "./insert-new-rows";
import { eventsOfCases, lockCases, type EventRow } from "./ledger-lookups";

// The decision file: decisions appended to the status history of cases already in the ledger, each at its place
// `seq`. History is never rewritten: a seq already taken by a different decision is an error of that row. The
// history must read in date order (the statistics take the latest decision on or before a date, by seq).

export interface DecisionPlan {
  issues: ImportIssue[];
  skipped: number;
  events: (typeof caseStatusEvents.$inferInsert)[];
  /** Cases whose latest decision (by seq) changes: cases.status follows it. */
  statusChanges: { id: string; status: string; ground: string | null }[];
}

type Fail = (line: number, column: string, message: string) => void;
interface Candidate extends Lined<DecisionImportRow> {
  caseId: string;
}
interface Placed {
  seq: number;
  decisionDate: string;
  status: string;
  ground: string | null;
  line?: number;
}

export async function planDecisionRows(tx: Db, rows: readonly Lined<DecisionImportRow>[], scope: ReadonlyMap<string, ScopeUnit>): Promise<DecisionPlan> {
  const plan: DecisionPlan = { issues: [], skipped: 0, events: [], statusChanges: [] };
  const fail: Fail = (line, column, message) => plan.issues.push({ line, column, message });
  const inScope: Candidate[] = [];
  for (const { line, row } of rows) {
    if (scope.has(row.key.unitCode)) inScope.push({ line, row, caseId: importedCaseId(row.key) });
    else fail(line, "ma_don_vi", unitOutOfScopeMessage(row.key.unitCode));
  }
  const stored = await lockCases(tx, inScope.map((c) => c.caseId));
  const history = await eventsOfCases(tx, [...stored.keys()]);

  const added = new Map<string, Placed[]>();
  const lineOfSeq = new Map<string, number>();
  for (const { line, row, caseId } of inScope) {
    if (!stored.has(caseId)) {
      fail(line, "ma_ho_so", `Không có hồ sơ mã ${row.key.caseCode} của đơn vị ${row.key.unitCode} trong sổ: hãy nhập tệp hồ sơ trước`);
      continue;
    }
    const seqKey = `${caseId}|${row.seq}`;
    const sameSeq = lineOfSeq.get(seqKey);
    if (sameSeq !== undefined) {
      fail(line, "stt_qd", `Số thứ tự quyết định ${row.seq} của hồ sơ này trùng với dòng ${sameSeq}`);
      continue;
    }
    lineOfSeq.set(seqKey, line);
    const existing = history.get(caseId)?.find((event) => event.seq === row.seq);
    if (existing) {
      const differences = eventDifferences(existing, row);
      for (const [column, was] of differences) fail(line, column, `Hồ sơ đã có quyết định số thứ tự ${row.seq} khác (${was}); lịch sử quyết định không được ghi đè`);
      if (differences.length === 0) plan.skipped += 1;
      continue;
    }
    added.set(caseId, [...(added.get(caseId) ?? []), { seq: row.seq, ...row.entry, line }]);
    plan.events.push({ id: importedDecisionId(row.key, row.seq), caseId, seq: row.seq, ...row.entry });
  }
  for (const [caseId, news] of added) {
    const merged = [...(history.get(caseId) ?? []), ...news].sort((a, b) => a.seq - b.seq);
    checkDateOrder(merged, fail);
    const latest = merged.at(-1);
    const current = stored.get(caseId);
    if (latest && current && (latest.status !== current.status || latest.ground !== current.statusGround)) plan.statusChanges.push({ id: caseId, status: latest.status, ground: latest.ground });
  }
  return plan;
}

function eventDifferences(stored: EventRow, row: DecisionImportRow): [string, string][] {
  const out: [string, string][] = [];
  if (stored.status !== row.entry.status) out.push(["trang_thai", stored.status]);
  if (stored.ground !== row.entry.ground) out.push(["can_cu", stored.ground ?? "không có"]);
  if (stored.decisionNumber !== row.entry.decisionNumber) out.push(["so_qd", stored.decisionNumber]);
  if (stored.decisionDate !== row.entry.decisionDate) out.push(["ngay_qd", formatDateVi(stored.decisionDate)]);
  if (stored.signer !== row.entry.signer) out.push(["nguoi_ky", stored.signer]);
  return out;
}

/** In seq order no decision may be dated before the one it follows; the new row of a pair out of order is named. */
function checkDateOrder(merged: readonly Placed[], fail: Fail): void {
  for (let i = 1; i < merged.length; i += 1) {
    const before = merged[i - 1] as Placed;
    const after = merged[i] as Placed;
    if (after.decisionDate >= before.decisionDate) continue;
    if (after.line !== undefined) fail(after.line, "ngay_qd", `Ngày quyết định trước ngày của quyết định số thứ tự ${before.seq} (${formatDateVi(before.decisionDate)}) đứng trước nó`);
    else if (before.line !== undefined) fail(before.line, "ngay_qd", `Ngày quyết định sau ngày của quyết định số thứ tự ${after.seq} (${formatDateVi(after.decisionDate)}) đứng sau nó`);
  }
}

/** Appends the decisions, then moves each case's current status to its latest decision, a chunk per statement. */
export async function writeDecisionPlan(tx: Db, plan: DecisionPlan) {
  const decisions = await insertNewRows(tx, caseStatusEvents, plan.events);
  if (decisions !== plan.events.length) throw ledgerChangedMeanwhile();
  for (let start = 0; start < plan.statusChanges.length; start += 5_000) {
    const chunk = JSON.stringify(plan.statusChanges.slice(start, start + 5_000));
    await tx.execute(sql`UPDATE cases AS c SET status = u.status, status_ground = u.ground, updated_at = now()
      FROM jsonb_to_recordset(${chunk}::jsonb) AS u(id uuid, status text, ground text) WHERE c.id = u.id`);
  }
  // A decision recorded through the import closes « cần ra quyết định » exactly as one recorded on the form.
  await settleDecisionsNeeded(tx, plan.statusChanges.map((change) => ({ caseId: change.id, status: change.status })));
  return { cases: 0, obligations: 0, decisions, moneyEntries: 0 };
}
