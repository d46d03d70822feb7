import "server-only";
import { eq, or } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units } from "../db/schema";
import { AppError } from "../http/app-error";

export interface ScopeUnit {
  id: string;
  code: string;
}

/**
 * The units whose ledger the caller may import, by code: a supervisor (Chi cục trưởng) their own office; a leader
 * or an admin their province and every office under it (the reading scopes of auth/case-scope.ts). Officers
 * import nothing: the ledger comes from the head's decisions.
 */
export async function loadImportScope(tx: Db, user: SessionUser): Promise<Map<string, ScopeUnit>> {
  if (user.role === "officer") throw new AppError("forbidden", { detail: "Chấp hành viên không được nhập sổ thụ lý" });
  const [own] = await tx.select({ id: units.id, code: units.code, kind: units.kind, parentId: units.parentId }).from(units).where(eq(units.id, user.unitId));
  if (!own) throw new AppError("forbidden", { detail: "Tài khoản không thuộc đơn vị nào" });
  if (user.role === "supervisor") return new Map([[own.code, { id: own.id, code: own.code }]]);
  const provinceId = own.kind === "province" ? own.id : own.parentId;
  if (!provinceId) throw new AppError("forbidden", { detail: "Tài khoản không thuộc tỉnh nào" });
  const family = await tx.select({ id: units.id, code: units.code }).from(units).where(or(eq(units.id, provinceId), eq(units.parentId, provinceId)));
  return new Map(family.map((unit) => [unit.code, unit]));
}

/** Why a unit code of the file is not usable. The same words whether it does not exist or is another's: no probing. */
export function unitOutOfScopeMessage(code: string): string {
  return `Không có đơn vị mã ${code} trong phạm vi bạn được nhập (Chi cục trưởng: đơn vị mình; lãnh đạo Cục: các đơn vị của tỉnh)`;
}

/** The checks hold the import lock and the case rows, so this means a writer outside both: answer 409, write nothing. */
export function ledgerChangedMeanwhile(): AppError {
  return new AppError("conflict", { detail: "Sổ thụ lý vừa thay đổi trong lúc nhập nên không dòng nào được nhập; hãy nhập lại tệp" });
}
