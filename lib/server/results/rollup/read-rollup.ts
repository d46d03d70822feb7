import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { EMPTY_FIGURES, type Figures } from "@/lib/domain/statistics/case-figures";
import { queryRows, type Db } from "../../db/client";
import { OFFICE_TOTAL } from "./rollup-deltas";
import { FIGURE_COLUMNS } from "./write-rollup-rows";

export interface RollupFigures {
  unitId: string;
  officerKey: string;
  kind: "chu_dong" | "theo_yeu_cau";
  figures: Figures;
}

/**
 * Figures as of a date from the rollup: the months before the date's month plus its days up to the date. At
 * most 11 + 30 rows per group, whatever the number of cases.
 * @param level `{ officersOf }`: per officer (and unassigned) of the given offices; "offices": per office, every office
 *   (the national tree), read through the office-totals index.
 */
export async function readRollup(db: Db, reportYear: number, asOf: string, level: { officersOf: readonly string[] } | "offices"): Promise<RollupFigures[]> {
  const month = `${asOf.slice(0, 8)}01`;
  const scope: SQL =
    level === "offices"
      ? sql`officer_key = ${OFFICE_TOTAL}`
      : level.officersOf.length === 0
        ? sql`false`
        : sql`unit_id IN (${sql.join(level.officersOf.map((id) => sql`${id}`), sql`, `)}) AND officer_key <> ${OFFICE_TOTAL}`;
  const columns = sql.raw(FIGURE_COLUMNS.map(([, column]) => column).join(", "));
  const sums = sql.raw(FIGURE_COLUMNS.map(([, column]) => `sum(${column})::bigint AS ${column}`).join(", "));
  // Two ranges in UNION ALL rather than one OR: each is then a plain range scan of an index (index-only for the
  // national read), where an OR makes PostgreSQL fall back to a bitmap heap scan of scattered pages.
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`SELECT unit_id, officer_key, kind, ${sums} FROM (
          SELECT unit_id, officer_key, kind, ${columns} FROM result_rollups
          WHERE report_year = ${reportYear} AND ${scope} AND grain = 'm' AND period < ${month}
          UNION ALL
          SELECT unit_id, officer_key, kind, ${columns} FROM result_rollups
          WHERE report_year = ${reportYear} AND ${scope} AND grain = 'd' AND period >= ${month} AND period <= ${asOf}
        ) AS as_of
        GROUP BY unit_id, officer_key, kind`,
  );
  return rows.map((row) => {
    const figures = { ...EMPTY_FIGURES };
    for (const [name, column] of FIGURE_COLUMNS) figures[name] = Number(row[column]);
    return { unitId: String(row.unit_id), officerKey: String(row.officer_key), kind: row.kind === "chu_dong" ? "chu_dong" : "theo_yeu_cau", figures };
  });
}
