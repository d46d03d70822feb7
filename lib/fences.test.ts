import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// Conventions §1: lib/server starts with `import "server-only"`, lib/client with `import "client-only"`, so a
// server module pulled into a browser bundle (or the reverse) fails the build instead of leaking.
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

// drizzle-kit loads the schema in plain Node (no react-server condition), where `server-only` throws.
const EXCEPTIONS = new Set(["lib/server/db/schema.ts", "lib/server/db/results-schema.ts", "lib/server/db/audit-schema.ts"]);

test.each([
  ["lib/server", 'import "server-only";'],
  ["lib/client", 'import "client-only";'],
])("every module in %s starts with %s", (dir, fence) => {
  const files = sourceFiles(path.join(process.cwd(), dir));
  expect(files.length).toBeGreaterThan(0);
  const unfenced = files
    .map((file) => path.relative(process.cwd(), file))
    .filter((file) => !EXCEPTIONS.has(file) && !fs.readFileSync(file, "utf8").startsWith(fence));
  expect(unfenced).toEqual([]);
});
