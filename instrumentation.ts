// Runs once when a server process starts: open the database and apply committed migrations before the first
// request. A failure is logged, not thrown — a throwing register() turns every request into a 500, while
// this way /api/health answers 500 with a clear problem and the next request retries.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- Next sets NEXT_RUNTIME; lib/env.ts is Node-only.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("./lib/server/db/database");
  try {
    const { driver } = await getDatabase();
    console.log(`[db] ${driver} ready, migrations applied`);
  } catch (error) {
    console.error("[db] could not open or migrate the database", error);
  }
}
