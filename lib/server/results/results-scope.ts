import "server-only";
import { eq, or } from "drizzle-orm";
import { localDateOf, reportYearBounds, type IsoDate } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units } from "../db/schema";
import { AppError } from "../http/app-error";

// The period and the units of a results query, shared by the lists behind the numbers (list-result-cases.ts).
// The same rules as getResults' own (get-results.ts, being rewritten on a materialized rollup, keeps its copy
// until then): the two must agree, or a list would not add up to its number.

export type UnitRow = typeof units.$inferSelect;

export interface ResultsPeriod {
  start: IsoDate;
  end: IsoDate;
  asOf: IsoDate;
}

/** The report year's bounds and the as-of date: as asked, or today while the year runs, or its last day. */
export function resultsPeriod(year: number, asOf: IsoDate | undefined, now: Date): ResultsPeriod {
  const { start, end } = reportYearBounds(year);
  const today = localDateOf(now.toISOString());
  const date = asOf ?? (today < end ? today : end);
  if (date < start || date > end) {
    throw new AppError("validation_failed", { errors: [{ path: "query.asOf", message: `Ngày số liệu phải trong năm báo cáo ${year} (01/10/${year - 1} – 30/09/${year})` }] });
  }
  return { start, end, asOf: date };
}

/**
 * The caller's province and the offices their results cover: a leader or an admin the province (or one office
 * of it with `unitId`), anyone else their own office. A unit outside the province, or another office for a
 * head or an officer, is a 403.
 */
export async function resultsScope(db: Db, user: SessionUser, unitId: string | undefined): Promise<{ province: UnitRow; offices: UnitRow[] }> {
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
