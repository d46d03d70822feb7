import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import { targets } from "../db/schema";

export interface Target {
  caseRateBp: number;
  moneyRateBp: number;
}

/** The targets set for these units in a report year, by unit (absent: none set; it inherits its parent's). */
export async function unitTargets(db: Db, unitIds: readonly string[], reportYear: number): Promise<Map<string, Target>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: targets.unitId, caseRateBp: targets.caseRateBp, moneyRateBp: targets.moneyRateBp })
    .from(targets)
    .where(and(inArray(targets.unitId, [...unitIds]), eq(targets.reportYear, reportYear)));
  return new Map(rows.map((row) => [row.unitId, { caseRateBp: row.caseRateBp, moneyRateBp: row.moneyRateBp }]));
}
