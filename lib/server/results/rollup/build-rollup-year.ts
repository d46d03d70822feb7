import "server-only";
import { eq, sql } from "drizzle-orm";
import { reportYearBounds } from "@/lib/domain/dates";
import type { Db } from "../../db/client";
import { resultRollupYears, units } from "../../db/schema";
import { loadLedger } from "../load-ledger";
import { addCaseSteps, sortedDeltas, type RollupDeltas } from "./rollup-deltas";
import { isYearMaterialized } from "./rollup-years";
import { writeRollupRows } from "./write-rollup-rows";

/**
 * Materializes a report year from the ledger, office by office (memory stays one office's cases), in one
 * transaction holding EXCLUSIVE on result_rollup_years: ledger writers wait for it (rollup-years.ts) and
 * readers keep reading the committed state. Done once per year; afterwards every ledger write keeps it exact.
 * Returns false when the year was already there.
 */
export async function buildRollupYear(db: Db, reportYear: number, onOffice?: (done: number, total: number) => void): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE result_rollup_years IN EXCLUSIVE MODE`);
    if (await isYearMaterialized(tx, reportYear)) return false;
    await tx.execute(sql`DELETE FROM result_rollups WHERE report_year = ${reportYear}`);
    const { end } = reportYearBounds(reportYear);
    const offices = await tx.select({ id: units.id }).from(units).where(eq(units.kind, "office")).orderBy(units.id);
    let done = 0;
    for (const office of offices) {
      const deltas: RollupDeltas = new Map();
      addCaseSteps(deltas, await loadLedger(tx, [office.id], end), [reportYear], 1);
      await writeRollupRows(tx, sortedDeltas(deltas));
      onOffice?.((done += 1), offices.length);
    }
    await tx.insert(resultRollupYears).values({ reportYear });
    return true;
  });
}

/** The year's rollup, built first if it is not there yet (small ledgers; a national one is built ahead). */
export async function ensureRollupYear(db: Db, reportYear: number): Promise<void> {
  if (await isYearMaterialized(db, reportYear)) return;
  await buildRollupYear(db, reportYear);
}
