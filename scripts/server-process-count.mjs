import os from "node:os";

/**
 * How many `next start` processes serve the port: WEB_CONCURRENCY, or one per core. Always one on the embedded
 * PGlite database, which a single process owns.
 */
export function serverProcessCount(env, cores = os.availableParallelism()) {
  if (!env.DATABASE_URL) return 1;
  const asked = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(asked) && asked > 0 ? asked : cores;
}
