import "server-only";
import { eq, inArray, or } from "drizzle-orm";
import type { ResultNode, ResultsQuery, ResultsResponse } from "@/lib/domain/api/results";
import { localDateOf, reportYearBounds } from "@/lib/domain/dates";
import { caseFigures, sumFigures } from "@/lib/domain/statistics/case-figures";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import { loadLedger, type ScopedLedgerCase } from "./load-ledger";
import { resultNode, type KindFigures } from "./result-node";
import { unitTargets } from "./unit-targets";

type UnitRow = typeof units.$inferSelect;

/**
 * GET /api/results: the tree province → offices → officers of the report year as of a date, each node with
 * both measures, its target (an office without its own inherits the province's; an officer the office's) and
 * the gap. Scope as everywhere: a leader or an admin their province (or one office of it with `unit`), a head
 * their office, an officer only their own node.
 */
export async function getResults(db: Db, user: SessionUser, query: ResultsQuery, now: Date = new Date()): Promise<ResultsResponse> {
  const { start, end } = reportYearBounds(query.year);
  const today = localDateOf(now.toISOString());
  const asOf = query.asOf ?? (today < end ? today : end);
  if (asOf < start || asOf > end) {
    throw new AppError("validation_failed", { errors: [{ path: "query.asOf", message: `Ngày số liệu phải trong năm báo cáo ${query.year} (01/10/${query.year - 1} – 30/09/${query.year})` }] });
  }
  const { province, offices } = await scopeUnits(db, user, query.unit);
  const ledger = await loadLedger(db, offices.map((office) => office.id), asOf);
  const targets = await unitTargets(db, [province.id, ...offices.map((office) => office.id)], query.year);
  const officerNames = await namesOf(db, ledger);

  const provinceTarget = targets.get(province.id) ?? null;
  const officeNodes = offices.map((office) => {
    const own = targets.get(office.id);
    const target = { value: own ?? provinceTarget, inherited: !own };
    const cases = ledger.filter((c) => c.unitId === office.id);
    const officerNodes = officerGroups(cases)
      .map(([officerId, group]) =>
      resultNode(
        { id: officerId ?? office.id, kind: "officer", name: officerId ? (officerNames.get(officerId) ?? "") : "Chưa phân công Chấp hành viên", code: null },
        figuresOf(group, query.year, asOf),
        { value: target.value, inherited: true },
      ),
      )
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));
    return resultNode({ id: office.id, kind: "office", name: office.name, code: office.code }, kindsOf(officerNodes), target, officerNodes);
  });

  const root = (() => {
    if (user.role === "officer") {
      const own = officeNodes.flatMap((office) => office.children).find((node) => node.id === user.id);
      return own ?? resultNode({ id: user.id, kind: "officer", name: user.name, code: null }, kindsOf([]), { value: null, inherited: true });
    }
    if (user.role === "supervisor" || (query.unit && query.unit !== province.id)) {
      const office = officeNodes[0];
      if (!office) throw new AppError("not_found", { detail: "Không tìm thấy đơn vị" });
      return office;
    }
    return resultNode({ id: province.id, kind: "province", name: province.name, code: province.code }, kindsOf(officeNodes), { value: provinceTarget, inherited: false }, officeNodes);
  })();
  return { reportYear: query.year, start, end, asOf, root };
}

function figuresOf(cases: readonly ScopedLedgerCase[], year: number, asOf: string): KindFigures {
  const of = (kind: ScopedLedgerCase["kind"]) => sumFigures(cases.filter((c) => c.kind === kind).map((c) => caseFigures(c, year, asOf)));
  return { chuDong: of("chu_dong"), theoYeuCau: of("theo_yeu_cau") };
}

/** A parent's figures by kind: the sum of its children's. */
function kindsOf(children: readonly ResultNode[]): KindFigures {
  return {
    chuDong: sumFigures(children.map((node) => node.byKind.chuDong.figures)),
    theoYeuCau: sumFigures(children.map((node) => node.byKind.theoYeuCau.figures)),
  };
}

/** Cases per assigned officer; unassigned cases form their own group (null), so officers add up to their office. */
function officerGroups(cases: readonly ScopedLedgerCase[]): [string | null, ScopedLedgerCase[]][] {
  const groups = new Map<string | null, ScopedLedgerCase[]>();
  for (const c of cases) {
    const group = groups.get(c.officerId);
    if (group) group.push(c);
    else groups.set(c.officerId, [c]);
  }
  return [...groups];
}

async function namesOf(db: Db, ledger: readonly ScopedLedgerCase[]): Promise<Map<string, string>> {
  const ids = [...new Set(ledger.flatMap((c) => (c.officerId ? [c.officerId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The province of the caller and the offices their results cover. */
async function scopeUnits(db: Db, user: SessionUser, unitId: string | undefined): Promise<{ province: UnitRow; offices: UnitRow[] }> {
  const [own] = await db.select().from(units).where(eq(units.id, user.unitId));
  if (!own) throw new AppError("forbidden", { detail: "Tài khoản không thuộc đơn vị nào" });
  const provinceId = own.kind === "province" ? own.id : own.parentId;
  const family = provinceId ? await db.select().from(units).where(or(eq(units.id, provinceId), eq(units.parentId, provinceId))) : [own];
  const province = family.find((unit) => unit.kind === "province") ?? own;
  const allOffices = family.filter((unit) => unit.kind === "office").sort((a, b) => a.code.localeCompare(b.code));
  const isProvinceWide = user.role === "leader" || user.role === "admin";
  if (unitId && !family.some((unit) => unit.id === unitId)) throw new AppError("forbidden", { detail: "Đơn vị ngoài phạm vi bạn được xem" });
  if (!isProvinceWide && unitId && unitId !== own.id) throw new AppError("forbidden", { detail: "Bạn chỉ xem được kết quả của đơn vị mình" });
  if (isProvinceWide) {
    if (!unitId || unitId === province.id) return { province, offices: allOffices };
    return { province, offices: allOffices.filter((office) => office.id === unitId) };
  }
  return { province, offices: allOffices.filter((office) => office.id === own.id) };
}
