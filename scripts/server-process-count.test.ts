import { expect, test } from "vitest";
import { serverProcessCount } from "./server-process-count.mjs";

const POSTGRES = "postgres://postgres@127.0.0.1:5432/thads";

test("the embedded PGlite database is served by one process, whatever WEB_CONCURRENCY says", () => {
  expect(serverProcessCount({}, 8)).toBe(1);
  expect(serverProcessCount({ WEB_CONCURRENCY: "4" }, 8)).toBe(1);
});

test("on PostgreSQL: one process per core unless WEB_CONCURRENCY asks for a positive whole number", () => {
  expect(serverProcessCount({ DATABASE_URL: POSTGRES }, 2)).toBe(2);
  expect(serverProcessCount({ DATABASE_URL: POSTGRES, WEB_CONCURRENCY: "3" }, 2)).toBe(3);
  for (const bad of ["0", "-1", "1.5", "two", ""]) expect(serverProcessCount({ DATABASE_URL: POSTGRES, WEB_CONCURRENCY: bad }, 2)).toBe(2);
});
