#!/usr/bin/env node
// `npm test` (= `npm run validate`, what CI runs): lint, typecheck, unit + integration tests (PGlite, and
// PostgreSQL too when DATABASE_URL is set), the production build, its performance budgets (first-load JS per
// route, service-worker precache), the e2e suite in Chromium against it, and Lighthouse on three pages.
// Every suite runs even if an earlier one failed; the last line totals them: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeBuildFingerprint } from "./build-fingerprint.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const outputDir = path.join(root, ".test-output");
fs.rmSync(outputDir, { recursive: true, force: true });
fs.mkdirSync(outputDir, { recursive: true });

const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);
const suites = [];

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args, env) {
  const { ok, seconds } = run(label, command, args, env);
  suites.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const node = process.execPath;

check("lint (eslint)", node, [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."]);
check("typecheck (tsc)", node, [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"]);

{
  const report = path.join(outputDir, "vitest.json");
  const { seconds } = run(
    `unit + integration (vitest; ${process.env.DATABASE_URL ? "PGlite and PostgreSQL" : "PGlite"})`,
    node,
    [bin("vitest", "vitest.mjs"), "run", "--reporter=default", "--reporter=json", `--outputFile=${report}`],
  );
  const json = readJson(report);
  // A crash before the report is written still counts as a failure.
  suites.push({
    label: "unit + integration",
    passed: json?.numPassedTests ?? 0,
    failed: json ? json.numFailedTests + (json.numFailedTestSuites ?? 0) : 1,
    seconds,
  });
}

const built = check("production build (next build + serwist build)", node, [path.join(root, "scripts/build.mjs")]);
if (built) writeBuildFingerprint(root);

if (built) check("performance budgets (first-load JS per route, precache)", node, [path.join(root, "scripts/check-budgets.mjs")]);
else suites.push({ label: "performance budgets", passed: 0, failed: 1, seconds: "0", note: "skipped: the build failed" });

if (built) {
  let chromium = null;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
    suites.push({ label: "e2e (chromium)", passed: 0, failed: 1, seconds: "0" });
  }
  if (chromium) {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thads-e2e-"));
    const report = path.join(outputDir, "playwright.json");
    const { seconds } = run("e2e (playwright, chromium, production build)", node, [bin("@playwright/test", "cli.js"), "test"], {
      CHROMIUM_PATH: chromium,
      E2E_PORT: String(port),
      E2E_DATA_DIR: dataDir,
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
    const stats = readJson(report)?.stats;
    suites.push({
      label: "e2e (chromium)",
      passed: stats ? stats.expected + stats.flaky : 0,
      failed: stats ? stats.unexpected + (readJson(report).errors?.length ?? 0) : 1,
      seconds,
    });
    // Its own server and browser, after e2e so that the two never share the CPU (the scores depend on it).
    check("lighthouse (mobile: sign-in, case list, capture; best of 3)", node, [path.join(root, "scripts/lighthouse.mjs")], { CHROMIUM_PATH: chromium });
  } else {
    suites.push({ label: "lighthouse", passed: 0, failed: 1, seconds: "0", note: "skipped: no Chromium" });
  }
} else {
  suites.push({ label: "e2e (chromium)", passed: 0, failed: 1, seconds: "0", note: "skipped: the build failed" });
  suites.push({ label: "lighthouse", passed: 0, failed: 1, seconds: "0", note: "skipped: the build failed" });
}

console.log("\n━━ summary ━━");
for (const suite of suites) {
  console.log(`${suite.failed ? "✗" : "✓"} ${suite.label}: ${suite.passed} passed, ${suite.failed} failed (${suite.seconds} s)${suite.note ? ` — ${suite.note}` : ""}`);
}
const passed = suites.reduce((sum, s) => sum + s.passed, 0);
const failed = suites.reduce((sum, s) => sum + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
