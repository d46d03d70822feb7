import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { openDatabase, type DbHandle } from "./client";

// One open, migrated database per server process, kept on globalThis so that Next's module reloading and
// several route bundles share it.
const globalForDb = globalThis as typeof globalThis & { __thadsDb?: Promise<DbHandle> };

export function databaseTargetFromEnv() {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: path.resolve(env.DATA_DIR, "pglite") };
}

/** The process's database, opened and migrated on first use. A failure is not cached: the next call retries. */
export function getDatabase(): Promise<DbHandle> {
  if (!globalForDb.__thadsDb) {
    globalForDb.__thadsDb = openAndMigrate().catch((error: unknown) => {
      globalForDb.__thadsDb = undefined;
      throw error;
    });
  }
  return globalForDb.__thadsDb;
}

async function openAndMigrate(): Promise<DbHandle> {
  const handle = await openDatabase(databaseTargetFromEnv());
  await handle.migrate();
  return handle;
}
