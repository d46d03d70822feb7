import "server-only";
import { inArray } from "drizzle-orm";
import { groupBy } from "@/lib/domain/group-by";
import type { ResultNode, ResultsQuery, ResultsResponse } from "@/lib/domain/api/results";
import { EMPTY_FIGURES, sumFigures } from "@/lib/domain/statistics/case-figures";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { users } from "../db/schema";
import { AppError } from "../http/app-error";
import { resultNode, type KindFigures } from "./result-node";
import { resultsPeriod } from "./results-period";
import { resultsScope, type ResultsScope, type UnitRow } from "./results-scope";
import { ensureRollupYear } from "./rollup/build-rollup-year";
import { readRollup, type RollupFigures } from "./rollup/read-rollup";
import { UNASSIGNED } from "./rollup/rollup-deltas";
import { unitTargets, type Target } from "./unit-targets";

type ProvinceScope = Extract<ResultsScope, { level: "province" }>;

/**
 * GET /api/results: the tree of the report year as of a date — national → provinces → offices, or province →
 * offices → officers — each node with both measures, its target (a unit without its own inherits its parent's;
 * an officer their office's) and the gap. Figures come from the materialized rollup (./rollup), which every
 * ledger write keeps exact. Scope: results-scope.ts; an officer gets only their own node.
 */
export async function getResults(db: Db, user: SessionUser, query: ResultsQuery, now: Date = new Date()): Promise<ResultsResponse> {
  const { start, end, asOf } = resultsPeriod(query.year, query.asOf, now);
  const scope = await resultsScope(db, user, query.unit);
  await ensureRollupYear(db, query.year);
  const root = scope.level === "national" ? await nationalTree(db, scope, query.year, asOf) : await provinceTree(db, user, scope, query.year, asOf);
  return { reportYear: query.year, start, end, asOf, root };
}

async function nationalTree(db: Db, scope: Extract<ResultsScope, { level: "national" }>, year: number, asOf: string): Promise<ResultNode> {
  const [rows, targets] = await Promise.all([readRollup(db, year, asOf, "offices"), unitTargets(db, [scope.root.id, ...scope.provinces.map((p) => p.id), ...scope.offices.map((o) => o.id)], year)]);
  const byOffice = groupBy(rows, (row) => row.unitId);
  const nationalTarget = targets.get(scope.root.id) ?? null;
  const provinceNodes = scope.provinces.map((province) => {
    const provinceTarget = inherit(targets.get(province.id), nationalTarget);
    const officeNodes = scope.offices
      .filter((office) => office.parentId === province.id)
      .map((office) => unitNode(office, "office", kindFigures(byOffice.get(office.id) ?? []), inherit(targets.get(office.id), provinceTarget.value)));
    return unitNode(province, "province", kindsOf(officeNodes), provinceTarget, officeNodes);
  });
  return unitNode(scope.root, "national", kindsOf(provinceNodes), { value: nationalTarget, inherited: false }, provinceNodes);
}

async function provinceTree(db: Db, user: SessionUser, scope: ProvinceScope, year: number, asOf: string): Promise<ResultNode> {
  const { province, offices } = scope;
  const [rows, targets] = await Promise.all([
    readRollup(db, year, asOf, { officersOf: offices.map((office) => office.id) }),
    unitTargets(db, [province.id, ...offices.map((office) => office.id)], year),
  ]);
  const officerNames = await namesOf(db, rows);
  const provinceTarget = targets.get(province.id) ?? null;
  const byOffice = groupBy(rows, (row) => row.unitId);
  const officeNodes = offices.map((office) => {
    const target = inherit(targets.get(office.id), provinceTarget);
    const officerNodes = [...groupBy(byOffice.get(office.id) ?? [], (row) => row.officerKey)]
      .map(([officerKey, group]) =>
        resultNode(
          officerKey === UNASSIGNED
            ? { id: office.id, kind: "officer", name: "Chưa phân công Chấp hành viên", code: null }
            : { id: officerKey, kind: "officer", name: officerNames.get(officerKey) ?? "", code: null },
          kindFigures(group),
          { value: target.value, inherited: true },
        ),
      )
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));
    return unitNode(office, "office", kindsOf(officerNodes), target, officerNodes);
  });

  if (user.role === "officer") {
    const own = officeNodes.flatMap((office) => office.children).find((node) => node.id === user.id);
    return own ?? resultNode({ id: user.id, kind: "officer", name: user.name, code: null }, kindsOf([]), { value: null, inherited: true });
  }
  if (scope.office) {
    const [office] = officeNodes;
    if (!office) throw new AppError("not_found", { detail: "Không tìm thấy đơn vị" });
    return office;
  }
  return unitNode(province, "province", kindsOf(officeNodes), { value: provinceTarget, inherited: false }, officeNodes);
}

function unitNode(unit: UnitRow, kind: ResultNode["kind"], byKind: KindFigures, target: { value: Target | null; inherited: boolean }, children: ResultNode[] = []): ResultNode {
  return resultNode({ id: unit.id, kind, name: unit.name, code: unit.code }, byKind, target, children);
}

/** A unit's own target, else its parent's (marked inherited). */
function inherit(own: Target | undefined, parent: Target | null): { value: Target | null; inherited: boolean } {
  return { value: own ?? parent, inherited: !own };
}

function kindFigures(rows: readonly RollupFigures[]): KindFigures {
  return {
    chuDong: sumFigures(rows.filter((row) => row.kind === "chu_dong").map((row) => row.figures)),
    theoYeuCau: sumFigures(rows.filter((row) => row.kind === "theo_yeu_cau").map((row) => row.figures)),
  };
}

/** A parent's figures by kind: the sum of its children's. */
function kindsOf(children: readonly ResultNode[]): KindFigures {
  if (children.length === 0) return { chuDong: EMPTY_FIGURES, theoYeuCau: EMPTY_FIGURES };
  return {
    chuDong: sumFigures(children.map((node) => node.byKind.chuDong.figures)),
    theoYeuCau: sumFigures(children.map((node) => node.byKind.theoYeuCau.figures)),
  };
}

async function namesOf(db: Db, rows: readonly RollupFigures[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.officerKey).filter((key) => key !== UNASSIGNED))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((row) => [row.id, row.name]));
}
