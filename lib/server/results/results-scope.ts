import "server-only";
import { eq, inArray, or } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units } from "../db/schema";
import { AppError } from "../http/app-error";

export type UnitRow = typeof units.$inferSelect;

/**
 * Whose results a caller may read, and which tree they asked for:
 * - "national": a leader or an admin of the national department, without `unit` — every province, their offices;
 * - "province": a province's offices (with their officers) — a province's leader or admin, or a national one
 *   with `unit` = that province; narrowed to one office when `unit` is an office (`office` set);
 * - a head, an officer: their own office (an officer's node is cut out of it by the caller).
 */
export type ResultsScope =
  | { level: "national"; root: UnitRow; provinces: UnitRow[]; offices: UnitRow[] }
  | { level: "province"; province: UnitRow; offices: UnitRow[]; office: UnitRow | null };

const byCode = (a: UnitRow, b: UnitRow) => a.code.localeCompare(b.code);

export async function resultsScope(db: Db, user: SessionUser, unitId: string | undefined): Promise<ResultsScope> {
  const [own] = await db.select().from(units).where(eq(units.id, user.unitId));
  if (!own) throw new AppError("forbidden", { detail: "Tài khoản không thuộc đơn vị nào" });
  const isWide = user.role === "leader" || user.role === "admin";
  if (own.kind === "national") {
    if (!isWide) throw new AppError("forbidden", { detail: "Chỉ lãnh đạo và quản trị xem kết quả toàn quốc" });
    if (!unitId || unitId === own.id) {
      const all = await db.select().from(units).where(inArray(units.kind, ["province", "office"]));
      return { level: "national", root: own, provinces: all.filter((u) => u.kind === "province").sort(byCode), offices: all.filter((u) => u.kind === "office").sort(byCode) };
    }
    const [asked] = await db.select().from(units).where(eq(units.id, unitId));
    if (!asked || asked.kind === "national") throw new AppError("forbidden", { detail: "Đơn vị ngoài phạm vi bạn được xem" });
    return provinceScope(db, asked.kind === "province" ? asked.id : (asked.parentId ?? asked.id), asked.kind === "office" ? asked.id : undefined);
  }
  const provinceId = own.kind === "province" ? own.id : own.parentId;
  if (!provinceId) throw new AppError("forbidden", { detail: "Tài khoản không thuộc tỉnh nào" });
  const scope = await provinceScope(db, provinceId, undefined);
  if (unitId && unitId !== scope.province.id && !scope.offices.some((office) => office.id === unitId)) throw new AppError("forbidden", { detail: "Đơn vị ngoài phạm vi bạn được xem" });
  if (!isWide && unitId && unitId !== own.id) throw new AppError("forbidden", { detail: "Bạn chỉ xem được kết quả của đơn vị mình" });
  const narrowTo = isWide ? (unitId && unitId !== scope.province.id ? unitId : undefined) : own.id;
  return narrow(scope, narrowTo);
}

async function provinceScope(db: Db, provinceId: string, officeId: string | undefined): Promise<Extract<ResultsScope, { level: "province" }>> {
  const family = await db.select().from(units).where(or(eq(units.id, provinceId), eq(units.parentId, provinceId)));
  const province = family.find((unit) => unit.id === provinceId && unit.kind === "province");
  if (!province) throw new AppError("not_found", { detail: "Không tìm thấy đơn vị" });
  return narrow({ level: "province", province, offices: family.filter((unit) => unit.kind === "office").sort(byCode), office: null }, officeId);
}

function narrow(scope: Extract<ResultsScope, { level: "province" }>, officeId: string | undefined): Extract<ResultsScope, { level: "province" }> {
  if (!officeId) return scope;
  const office = scope.offices.find((unit) => unit.id === officeId);
  if (!office) throw new AppError("not_found", { detail: "Không tìm thấy đơn vị" });
  return { ...scope, offices: [office], office };
}
