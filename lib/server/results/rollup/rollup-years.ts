import "server-only";
import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client";

/**
 * The report years kept materialized, read by a ledger writer under a ROW SHARE lock on their table: a year being
 * built holds EXCLUSIVE on it (build-rollup-year.ts), so a writer either finishes before the build reads the
 * ledger or starts after the year is listed — no write is missed by both.
 */
export async function materializedYearsForWrite(tx: Db): Promise<number[]> {
  await tx.execute(sql`LOCK TABLE result_rollup_years IN ROW SHARE MODE`);
  const rows = await queryRows<{ report_year: number }>(tx, sql`SELECT report_year FROM result_rollup_years ORDER BY report_year`);
  return rows.map((row) => Number(row.report_year));
}

export async function isYearMaterialized(db: Db, reportYear: number): Promise<boolean> {
  const rows = await queryRows<{ report_year: number }>(db, sql`SELECT report_year FROM result_rollup_years WHERE report_year = ${reportYear}`);
  return rows.length > 0;
}

/** Forgets every materialized year (after a bulk load that bypassed the writers); each is rebuilt when next read. */
export async function dropRollups(tx: Db): Promise<void> {
  await tx.execute(sql`LOCK TABLE result_rollup_years IN EXCLUSIVE MODE`);
  await tx.execute(sql`DELETE FROM result_rollups`);
  await tx.execute(sql`DELETE FROM result_rollup_years`);
}
