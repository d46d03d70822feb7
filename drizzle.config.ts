import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema (`npm run db:generate`). Migrations are committed and applied at
// server start; never edit one that has been applied.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/server/db/schema.ts",
  out: "./lib/server/db/migrations",
  strict: true,
});
