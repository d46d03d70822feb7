import pg from "pg";
import { openDatabase, type DbHandle } from "@/lib/server/db/client";

// Integration tests run against PGlite always and against the PostgreSQL server of DATABASE_URL when it is
// set, each on a fresh database that is dropped afterwards.
export interface TestDatabase {
  name: "pglite" | "postgres";
  open(): Promise<DbHandle & { dispose(): Promise<void> }>;
}

// eslint-disable-next-line no-restricted-properties -- test harness, not application code
const serverUrl = process.env.DATABASE_URL;

export const testDatabases: TestDatabase[] = [
  {
    name: "pglite",
    async open() {
      const handle = await openDatabase({ memory: true });
      await handle.migrate();
      return { ...handle, dispose: () => handle.close() };
    },
  },
  ...(serverUrl ? [postgresTestDatabase(serverUrl)] : []),
];

function postgresTestDatabase(url: string): TestDatabase {
  return {
    name: "postgres",
    async open() {
      const dbName = `thads_it_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const dbUrl = new URL(url);
      dbUrl.pathname = `/${dbName}`;
      const handle = await openDatabase({ url: dbUrl.toString() });
      await handle.migrate();
      return {
        ...handle,
        async dispose() {
          await handle.close();
          const cleanup = new pg.Client({ connectionString: url });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  };
}
