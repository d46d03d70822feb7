import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loadCaseLedgers } from "../load-ledger";
import { addCaseSteps, sortedDeltas, type RollupDeltas } from "./rollup-deltas";
import { materializedYearsForWrite } from "./rollup-years";
import { writeRollupRows } from "./write-rollup-rows";

/**
 * Runs a write of some cases' ledgers (decisions, money entries, new cases, a new officer) inside `tx` and keeps
 * the rollup exact: the cases are locked, their steps in every materialized year are taken away as they were
 * and added back as they are after the write. Figures are not additive over ledger changes (a decision changes
 * which status is in force), so the whole case is recomputed, never the change alone — by the same pure
 * function the results are defined by.
 */
export async function withRollup<T>(tx: Db, caseIds: readonly string[], write: () => Promise<T>): Promise<T> {
  const ids = [...new Set(caseIds)].sort();
  if (ids.length > 0) await tx.execute(sql`SELECT id FROM cases WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY id FOR UPDATE`);
  const years = await materializedYearsForWrite(tx);
  const before = years.length > 0 ? await loadCaseLedgers(tx, ids) : [];
  const result = await write();
  if (years.length === 0) return result;
  const deltas: RollupDeltas = new Map();
  addCaseSteps(deltas, before, years, -1);
  addCaseSteps(deltas, await loadCaseLedgers(tx, ids), years, 1);
  await writeRollupRows(tx, sortedDeltas(deltas));
  return result;
}
