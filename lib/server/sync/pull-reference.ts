import "server-only";
import { eq, or } from "drizzle-orm";
import { VN_CALENDAR_YEARS } from "@/lib/domain/deadlines/holiday-calendar";
import type { ReferenceData } from "@/lib/domain/sync-protocol";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { units } from "../db/schema";

/** The units of the caller's province (its head unit and every office under it) and the calendar. */
export async function pullReference(db: Db, user: SessionUser): Promise<ReferenceData> {
  const [own] = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.id, user.unitId)).limit(1);
  const provinceId = own?.parentId ?? own?.id ?? user.unitId;
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name, kind: units.kind, parentId: units.parentId })
    .from(units)
    .where(or(eq(units.id, provinceId), eq(units.parentId, provinceId)))
    .orderBy(units.code);
  return { units: rows, calendarYears: [...VN_CALENDAR_YEARS] };
}
