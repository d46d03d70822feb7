import "server-only";
import { eq } from "drizzle-orm";
import { RESULT_CASES_PAGE_SIZE, UNASSIGNED_OFFICER, type ResultCasesQuery, type ResultCasesResponse } from "@/lib/domain/api/result-cases";
import { caseFigures, statusOn, type Figures } from "@/lib/domain/statistics/case-figures";
import { figureValue, isMoneyFigure } from "@/lib/domain/statistics/figure-keys";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { AppError } from "../http/app-error";
import { loadLedger, type ScopedLedgerCase } from "./load-ledger";
import { loadResultCaseRows } from "./result-case-rows";
import { resultsPeriod } from "./results-period";
import { resultsScope, type UnitRow } from "./results-scope";

export const UNASSIGNED_NAME = "Chưa phân công Chấp hành viên";

/** A case of the list with its figures as of the date. */
interface ResultCaseMember {
  ledgerCase: ScopedLedgerCase;
  figures: Figures;
}

type OfficerFilter = { id: string | null; name: string } | null;

/**
 * GET /api/results/cases: the cases behind one number of the results, a page at a time. The ledger is read and
 * each case's figures computed exactly as for the number (caseFigures), so the list cannot disagree with it:
 * a case is listed when it adds to the figure (1 to a count, more than 0 đồng to a sum). Same scope as the
 * results: an officer their own cases, a head their office, a leader or an admin their province.
 */
export async function listResultCases(db: Db, user: SessionUser, query: ResultCasesQuery, now: Date = new Date()): Promise<ResultCasesResponse> {
  const period = resultsPeriod(query.year, query.asOf, now);
  const scope = await resultsScope(db, user, query.unit);
  // A national list would read a million cases: the national tree's numbers link to a province's first.
  if (scope.level === "national") throw new AppError("validation_failed", { errors: [{ path: "query.unit", message: "Chọn một tỉnh hoặc một Chi cục để xem danh sách hồ sơ" }] });
  const { province, offices } = scope;
  const unit = listedUnit(user, query.unit, province, offices);
  const ledger = await loadLedger(db, offices.map((office) => office.id), period.asOf);
  const officer = await officerFilter(db, user, query.officer, ledger);

  const members: ResultCaseMember[] = [];
  for (const ledgerCase of ledger) {
    if (officer && ledgerCase.officerId !== officer.id) continue;
    if (query.kind !== "all" && ledgerCase.kind !== query.kind) continue;
    const figures = caseFigures(ledgerCase, query.year, period.asOf);
    if (figureValue(figures, query.figure) > 0) members.push({ ledgerCase, figures });
  }
  const codeOf = new Map(offices.map((office) => [office.id, office.code]));
  members.sort((a, b) => compareMembers(a.ledgerCase, b.ledgerCase, codeOf));

  const from = (query.page - 1) * RESULT_CASES_PAGE_SIZE;
  const page = members.slice(from, from + RESULT_CASES_PAGE_SIZE);
  return {
    reportYear: query.year,
    ...period,
    figure: query.figure,
    kind: query.kind,
    unit,
    officer,
    total: members.length,
    amountTotal: isMoneyFigure(query.figure) ? members.reduce((sum, member) => sum + figureValue(member.figures, query.figure), 0) : null,
    page: query.page,
    pageSize: RESULT_CASES_PAGE_SIZE,
    items: await loadResultCaseRows(db, page.map((member) => ({ ...member, status: statusOn(member.ledgerCase.events, period.asOf) ?? null }))),
  };
}

/** The unit the list is of: the one asked for, else the caller's (a leader's province, anyone else's office). */
function listedUnit(user: SessionUser, unitId: string | undefined, province: UnitRow, offices: readonly UnitRow[]): ResultCasesResponse["unit"] {
  const isProvinceWide = user.role === "leader" || user.role === "admin";
  const unit = isProvinceWide && (!unitId || unitId === province.id) ? province : offices[0];
  if (!unit) throw new AppError("not_found", { detail: "Không tìm thấy đơn vị" });
  return { id: unit.id, name: unit.name, code: unit.code, kind: unit.kind === "province" ? "province" : "office" };
}

/**
 * Whose cases: an officer always their own (asking for another's is a 403); the others anyone's of their scope
 * or the unassigned ones. An id with no case in the scope is a 404, so a name is never shown out of scope.
 */
async function officerFilter(db: Db, user: SessionUser, officer: string | undefined, ledger: readonly ScopedLedgerCase[]): Promise<OfficerFilter> {
  if (user.role === "officer") {
    if (officer !== undefined && officer !== user.id) throw new AppError("forbidden", { detail: "Chấp hành viên chỉ xem được các việc của mình" });
    return { id: user.id, name: user.name };
  }
  if (officer === undefined) return null;
  if (officer === UNASSIGNED_OFFICER) return { id: null, name: UNASSIGNED_NAME };
  const [row] = ledger.some((ledgerCase) => ledgerCase.officerId === officer)
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, officer))
    : [];
  if (!row) throw new AppError("not_found", { detail: "Không có Chấp hành viên này trong phạm vi bạn được xem" });
  return { id: officer, name: row.name };
}

/** Office by code, then the date of acceptance, then the id: a stable order, the same on every page. */
function compareMembers(a: ScopedLedgerCase, b: ScopedLedgerCase, codeOf: ReadonlyMap<string, string>): number {
  const byOffice = (codeOf.get(a.unitId) ?? "").localeCompare(codeOf.get(b.unitId) ?? "");
  if (byOffice !== 0) return byOffice;
  if (a.acceptedDate !== b.acceptedDate) return a.acceptedDate < b.acceptedDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
