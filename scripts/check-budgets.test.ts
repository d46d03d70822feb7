import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";

// The checker run as CI runs it, on a tiny fake build in a temporary folder: the route stats `next build`
// writes, the chunks they name, a service worker with its precache manifest and the files it lists.

const CHECKER = path.join(import.meta.dirname, "check-budgets.mjs");
const KIB = 1024;
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** JS that gzip cannot shrink much: base64 of random bytes gzips to about the number of random bytes. */
function incompressibleJs(approxGzipKiB: number): string {
  return `/*${randomBytes(approxGzipKiB * KIB).toString("base64")}*/`;
}

function write(root: string, relative: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
}

/** A build where /case and /record share a 100 KiB framework chunk and each has its own page chunk. */
function fakeBuild({ casePageKiB, precacheMiB = 3, allowances = {} }: { casePageKiB: number; precacheMiB?: number; allowances?: Record<string, number> }): { root: string; config: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "thads-budgets-"));
  folders.push(root);
  const chunks = { framework: 100, record: 130, case: casePageKiB };
  for (const [name, kib] of Object.entries(chunks)) write(root, `.next/static/chunks/${name}.js`, incompressibleJs(kib));
  write(root, ".next/static/chunks/site.css", "body{margin:0}");
  const stats = [
    { route: "/record", firstLoadChunkPaths: [".next/static/chunks/framework.js", ".next/static/chunks/record.js"] },
    { route: "/case", firstLoadChunkPaths: [".next/static/chunks/framework.js", ".next/static/chunks/case.js"] },
  ];
  write(root, ".next/diagnostics/route-bundle-stats.json", JSON.stringify(stats));
  write(root, ".next/server/app/index.html", "<!doctype html><title>home</title>");
  write(root, ".next/server/app/case.html", "<!doctype html><title>case</title>");
  write(root, "public/icon.png", "png");
  const manifest = ["/_next/static/chunks/framework.js", "/_next/static/chunks/record.js", "/_next/static/chunks/case.js", "/_next/static/chunks/site.css"]
    .map((url) => `{revision:null,url:"${url}"}`)
    .concat(['{revision:"a1",url:"/"}', '{revision:"b2",url:"/case"}', '{revision:"c3",url:"/icon.png"}']);
  write(root, "public/sw.js", `var j;j=[${manifest.join(",")}];function p(e,t){return{url:e,revision:t}}`);
  const config = path.join(root, "budgets.mjs");
  fs.writeFileSync(config, `export const budgets = ${JSON.stringify({ firstLoadJsKiB: { default: 200, routes: { "/record": 250 }, allowances }, precacheMiB, lighthouse: {} })};`);
  return { root, config };
}

function runChecker({ root, config }: { root: string; config: string }) {
  const result = spawnSync(process.execPath, [CHECKER, "--root", root, "--config", config], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("a build within its budgets passes, the capture route allowed more than the others", () => {
  const result = runChecker(fakeBuild({ casePageKiB: 60 }));
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/✓ +first-load JS \(gzip\) +\/record +2\d\d\.\d KiB +250\.0 KiB/); // ≈ 230 KiB
  expect(result.stdout).toMatch(/✓ +first-load JS \(gzip\) +\/case +1\d\d\.\d KiB +200\.0 KiB/); // ≈ 160 KiB
  expect(result.stdout).toMatch(/✓ +precache +service worker .* 7 URLs/);
  expect(result.stdout).toContain("All budgets met.");
});

test("an oversized route fails the check, and the failure names that route only", () => {
  // /case ≈ 100 + 130 KiB: over its 200 KiB, though as heavy as /record, which is within its 250 KiB.
  const result = runChecker(fakeBuild({ casePageKiB: 130 }));
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/✗ +first-load JS \(gzip\) +\/case +2\d\d\.\d KiB +200\.0 KiB/);
  expect(result.stdout).toMatch(/✓ +first-load JS \(gzip\) +\/record /);
  expect(result.stdout).toContain("Over budget: /case (first-load JS (gzip))");
});

test("a route over its budget passes within its temporary allowance, named as over its target", () => {
  const result = runChecker(fakeBuild({ casePageKiB: 130, allowances: { "/case": 260 } }));
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/! +first-load JS \(gzip\) +\/case +2\d\d\.\d KiB +200\.0 KiB .*allowance 260\.0 KiB/);
  expect(result.stdout).toContain("Over budget but within their temporary allowance (budgets.config.mjs): /case (first-load JS (gzip))");
});

test("a precache over its budget fails the check", () => {
  const result = runChecker(fakeBuild({ casePageKiB: 60, precacheMiB: 0.25 }));
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/✗ +precache +service worker +0\.\d\d MiB +0\.25 MiB/);
  expect(result.stdout).toContain("Over budget: service worker (precache)");
});

test("a missing build output is an error of its own, not a silent pass", () => {
  const build = fakeBuild({ casePageKiB: 60 });
  fs.rmSync(path.join(build.root, ".next/static/chunks/case.js"));
  const result = runChecker(build);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(".next/static/chunks/case.js is missing");
});
