import { ESLint } from "eslint";
import { expect, test } from "vitest";

// The import zones of the conventions must fail lint when an arrow points the wrong way.
const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse-error");
}

test.each([
  ["lib/domain/zone-probe.ts", 'import { getDatabase } from "@/lib/server/db/database";\nexport const probe = getDatabase;\n'],
  ["lib/domain/zone-probe.ts", 'import { getJson } from "../client/api-client";\nexport const probe = getJson;\n'],
  ["lib/client/zone-probe.ts", 'import { getDatabase } from "@/lib/server/db/database";\nexport const probe = getDatabase;\n'],
  ["lib/server/zone-probe.ts", 'import { getJson } from "@/lib/client/api-client";\nexport const probe = getJson;\n'],
  ["components/ui/zone-probe.ts", 'import { formatVnd } from "@/lib/domain/money";\nexport const probe = formatVnd;\n'],
  ["components/zone-probe.ts", 'import { getDatabase } from "@/lib/server/db/database";\nexport const probe = getDatabase;\n'],
])("%s may not import that: %s", async (filePath, code) => {
  expect(await ruleIdsFor(filePath, code)).toContain("import/no-restricted-paths");
});

test("an allowed import passes", async () => {
  const code = 'import { formatVnd } from "@/lib/domain/money";\nexport const probe = formatVnd;\n';
  expect(await ruleIdsFor("components/zone-probe.ts", code)).not.toContain("import/no-restricted-paths");
});

test("process.env is read only through lib/env.ts", async () => {
  expect(await ruleIdsFor("lib/server/zone-probe.ts", "export const url = process.env.DATABASE_URL;\n")).toContain("no-restricted-properties");
});
