import "server-only";
import { sql } from "drizzle-orm";
import type { Figures } from "@/lib/domain/statistics/case-figures";
import type { Db } from "../../db/client";
import type { RollupKey } from "./rollup-deltas";

// Adds deltas to the rollup rows: one statement per chunk, the rows passed as arrays and unnested (far cheaper
// than a VALUES list with 23 parameters a row), and an existing row gets the delta added, never overwritten —
// so concurrent writers of one row simply queue on its lock.

export const FIGURE_COLUMNS: readonly [keyof Figures, string][] = [
  ["carriedOver", "carried_over"],
  ["newlyAccepted", "newly_accepted"],
  ["transferredOut", "transferred_out"],
  ["otherExits", "other_exits"],
  ["toEnforce", "to_enforce"],
  ["withConditions", "with_conditions"],
  ["withoutConditions", "without_conditions"],
  ["finished", "finished"],
  ["terminated", "terminated"],
  ["ongoing", "ongoing"],
  ["postponed", "postponed"],
  ["suspended", "suspended"],
  ["moneyToEnforce", "money_to_enforce"],
  ["moneyWithConditions", "money_with_conditions"],
  ["moneyCollected", "money_collected"],
  ["moneyTerminated", "money_terminated"],
  ["moneyReduced", "money_reduced"],
];

const CHUNK = 5_000;

export async function writeRollupRows(db: Db, rows: readonly { key: RollupKey; figures: Figures }[]): Promise<void> {
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const columnList = sql.raw(FIGURE_COLUMNS.map(([, column]) => column).join(", "));
    const arrays = FIGURE_COLUMNS.map(([name]) => sql`${pgArray(chunk.map((row) => row.figures[name]))}::bigint[]`);
    const updates = sql.raw(FIGURE_COLUMNS.map(([, column]) => `${column} = result_rollups.${column} + excluded.${column}`).join(", "));
    await db.execute(sql`
      INSERT INTO result_rollups (report_year, unit_id, grain, period, officer_key, kind, ${columnList})
      SELECT * FROM unnest(
        ${pgArray(chunk.map((row) => row.key.reportYear))}::integer[],
        ${pgArray(chunk.map((row) => row.key.unitId))}::uuid[],
        ${pgArray(chunk.map((row) => row.key.grain))}::text[],
        ${pgArray(chunk.map((row) => row.key.period))}::date[],
        ${pgArray(chunk.map((row) => row.key.officerKey))}::text[],
        ${pgArray(chunk.map((row) => row.key.kind))}::text[],
        ${sql.join(arrays, sql`, `)}
      )
      ON CONFLICT (report_year, unit_id, grain, period, officer_key, kind) DO UPDATE SET ${updates}`);
  }
}

/**
 * A PostgreSQL array literal of plain values ("{1,2,3}"), passed as one text parameter: both drivers accept it,
 * whereas they serialize JS arrays differently. The values here are integers, ISO dates, UUIDs and fixed codes,
 * none of which needs quoting; anything else is refused.
 */
function pgArray(values: readonly (string | number)[]): string {
  for (const value of values) {
    if (typeof value === "number" ? !Number.isSafeInteger(value) : !/^[0-9A-Za-z_*-]+$/.test(value)) throw new Error(`rollup value cannot be written: ${value}`);
  }
  return `{${values.join(",")}}`;
}
