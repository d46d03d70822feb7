import "server-only";
import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";

// 500 rows of ≤ 20 columns stay far below PostgreSQL's 65,535 bind parameters per statement.
const BATCH_SIZE = 500;

/**
 * Inserts rows whose ids are derived from their keys, skipping those already there (ON CONFLICT DO NOTHING), and
 * counts what was really inserted. The import has checked beforehand that a row already there is identical, so
 * a skipped row loses nothing.
 */
export async function insertNewRows<T extends PgTable>(tx: Db, table: T, rows: readonly T["$inferInsert"][]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const result = await tx
      .insert(table)
      .values(rows.slice(start, start + BATCH_SIZE))
      .onConflictDoNothing()
      // One constant per inserted row is all the count needs (returning every column costs a quarter more time).
      .returning({ one: sql<number>`1` });
    inserted += result.length;
  }
  return inserted;
}
