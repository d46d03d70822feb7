import "server-only";
import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { appendAudit } from "../audit/append-audit";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, targets, units, users } from "../db/schema";
import { dropRollups } from "../results/rollup/rollup-years";
import { DEMO_PASSWORD, generateDemoProvince } from "./generate-demo-province";

// PostgreSQL caps a statement at 65,535 bind parameters; 500 rows of ≤ 20 columns stay well below.
const BATCH_SIZE = 500;

export interface SeedReport {
  inserted: Record<string, number>;
}

async function insertBatches<T extends PgTable>(tx: Db, table: T, rows: T["$inferInsert"][]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const result = await tx.insert(table).values(batch).onConflictDoNothing().returning();
    inserted += result.length;
  }
  return inserted;
}

/**
 * Inserts the demo province. Ids are deterministic and every insert skips existing rows, so running it again
 * changes nothing (and restores rows that were deleted). One transaction: all or nothing.
 */
export async function insertDemoProvince(db: Db): Promise<SeedReport> {
  const province = generateDemoProvince();
  // Every demo account shares the documented password, so one hash serves them all and keeps the seed fast.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const inserted: Record<string, number> = {
      units: await insertBatches(tx, units, province.units),
      users: await insertBatches(tx, users, province.users.map((user) => ({ ...user, passwordHash }))),
      cases: await insertBatches(tx, cases, province.cases),
      moneyObligations: await insertBatches(tx, caseMoneyObligations, province.moneyObligations),
      statusEvents: await insertBatches(tx, caseStatusEvents, province.statusEvents),
      moneyEntries: await insertBatches(tx, caseMoneyEntries, province.moneyEntries),
      targets: await insertBatches(tx, targets, province.targets),
    };
    const total = Object.values(inserted).reduce((sum, n) => sum + n, 0);
    if (total > 0) {
      // The seed writes the ledger directly, not through the writers that keep the results' rollup: any
      // materialized year is forgotten and rebuilt from the ledger when next read.
      await dropRollups(tx);
      await appendAudit(tx, { actorId: null, action: "seed_demo_province", entityType: "database", entityId: "demo", detail: inserted });
    }
    return { inserted };
  });
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}
