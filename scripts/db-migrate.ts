// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the PGlite folder under DATA_DIR.
import { openDatabase } from "@/lib/server/db/client";
import { databaseTargetFromEnv } from "@/lib/server/db/database";

async function main() {
  const handle = await openDatabase(databaseTargetFromEnv());
  try {
    await handle.migrate();
    console.log(`[db] migrations applied (${handle.driver})`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("[db] migration failed:", error);
  process.exit(1);
});
