// `npm run db:seed`: migrates, then inserts the demo province (idempotent: rows that exist are left as they are).
// With --if-empty (used by `npm start`) it seeds only a database that has no units yet.
import { openDatabase } from "@/lib/server/db/client";
import { databaseTargetFromEnv } from "@/lib/server/db/database";
import { insertDemoProvince, isDatabaseEmpty } from "@/lib/server/seed/insert-demo-province";

async function main() {
  const onlyIfEmpty = process.argv.includes("--if-empty");
  const handle = await openDatabase(databaseTargetFromEnv());
  try {
    await handle.migrate();
    if (onlyIfEmpty && !(await isDatabaseEmpty(handle.db))) {
      console.log("[seed] database already holds data: not seeding");
      return;
    }
    const started = Date.now();
    const report = await insertDemoProvince(handle.db);
    console.log(`[seed] demo province (${handle.driver}) in ${Date.now() - started} ms, inserted:`, report.inserted);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
