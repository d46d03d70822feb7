import "server-only";
import { eq, or } from "drizzle-orm";
import type { TargetInput, TargetsResponse } from "@/lib/domain/api/results";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import type { Db } from "../db/client";
import { targets, units } from "../db/schema";
import { AppError } from "../http/app-error";
import { unitTargets } from "./unit-targets";

/** The caller's province and its offices (a leader's or an admin's scope). */
async function provinceUnits(db: Db, user: SessionUser) {
  const [own] = await db.select().from(units).where(eq(units.id, user.unitId));
  const provinceId = own?.kind === "province" ? own.id : own?.parentId;
  if (!provinceId) throw new AppError("forbidden", { detail: "Tài khoản không thuộc tỉnh nào" });
  const rows = await db.select().from(units).where(or(eq(units.id, provinceId), eq(units.parentId, provinceId)));
  return rows.sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === "province" ? -1 : 1));
}

/** PUT /api/targets: sets one unit's targets for a year (leader or admin of its province), audited. */
export async function setTarget(db: Db, user: SessionUser, input: TargetInput): Promise<TargetsResponse> {
  const family = await provinceUnits(db, user);
  if (!family.some((unit) => unit.id === input.unitId)) throw new AppError("forbidden", { detail: "Đơn vị ngoài tỉnh bạn phụ trách" });
  const caseRateBp = Math.round(input.caseRate * 100);
  const moneyRateBp = Math.round(input.moneyRate * 100);
  await db.transaction(async (tx) => {
    await tx
      .insert(targets)
      .values({ unitId: input.unitId, reportYear: input.year, caseRateBp, moneyRateBp, setBy: user.id })
      .onConflictDoUpdate({ target: [targets.unitId, targets.reportYear], set: { caseRateBp, moneyRateBp, setBy: user.id } });
    await appendAudit(tx, { actorId: user.id, action: "target.set", entityType: "unit", entityId: input.unitId, detail: { year: input.year, caseRateBp, moneyRateBp } });
  });
  return listTargets(db, user, input.year);
}

/** GET /api/targets?year=: every unit of the province with its own or inherited targets. */
export async function listTargets(db: Db, user: SessionUser, year: number): Promise<TargetsResponse> {
  const family = await provinceUnits(db, user);
  const own = await unitTargets(db, family.map((unit) => unit.id), year);
  const province = family.find((unit) => unit.kind === "province");
  const provinceTarget = province ? own.get(province.id) : undefined;
  return {
    year,
    targets: family.map((unit) => {
      const target = own.get(unit.id) ?? (unit.kind === "office" ? provinceTarget : undefined);
      return {
        unitId: unit.id,
        unitName: unit.name,
        year,
        caseRate: target ? target.caseRateBp / 100 : null,
        moneyRate: target ? target.moneyRateBp / 100 : null,
        inherited: !own.has(unit.id) && target !== undefined,
      };
    }),
  };
}
