#!/usr/bin/env node
// Checks the production build against budgets.config.mjs: the gzipped first-load JS of every route, and the
// bytes the service worker precaches. Prints a table; exits 1 when a budget is exceeded (2 when the build
// output cannot be read). Run after `node scripts/build.mjs`:
//   node scripts/check-budgets.mjs [--root <project dir>] [--config <budgets module>]
//
// Where a route's first-load JS comes from: `.next/diagnostics/route-bundle-stats.json`, which `next build`
// (Turbopack) writes since Next 16 in place of the old "First Load JS" column. For each route it lists the
// build manifest's root main files plus the entry JS of every segment of the page (layouts, not-found, page)
// from the page's client reference manifest — Next's own accounting, dynamic routes included, without starting
// a server. It was checked to be exactly the `<script src>` set of each prerendered page's HTML minus the
// `nomodule` polyfills, which the browsers we support never load. Parsing the HTML would miss dynamic routes,
// and reading `page_client-reference-manifest.js` ourselves would copy Next's internals.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildFilesOfPrecacheUrl, evaluateBudgets, formatBudgetTable, precacheEntriesOf } from "./budget-rules.mjs";

const ROUTE_STATS = ".next/diagnostics/route-bundle-stats.json";
const SERVICE_WORKER = "public/sw.js";

class BuildOutputError extends Error {}

function readBuildFile(root, relative, hint) {
  const file = path.join(root, relative);
  if (!fs.existsSync(file)) throw new BuildOutputError(`${relative} is missing: ${hint}`);
  return fs.readFileSync(file);
}

/** gzip -9, as Next's old build output and `npm run bench:capture` count it. */
function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

function measureRoutes(root) {
  const stats = JSON.parse(readBuildFile(root, ROUTE_STATS, "run `node scripts/build.mjs` first (a Turbopack build of Next 16 writes it)").toString("utf8"));
  const gzipCache = new Map();
  return stats.map(({ route, firstLoadChunkPaths }) => {
    const scripts = firstLoadChunkPaths.filter((file) => file.endsWith(".js"));
    let gzipBytes = 0;
    for (const file of scripts) {
      if (!gzipCache.has(file)) gzipCache.set(file, gzipSize(readBuildFile(root, file, `a first-load chunk of ${route}`)));
      gzipBytes += gzipCache.get(file);
    }
    return { route, gzipBytes, fileCount: scripts.length };
  });
}

function measurePrecache(root) {
  const entries = precacheEntriesOf(readBuildFile(root, SERVICE_WORKER, "run `serwist build` (part of `node scripts/build.mjs`)").toString("utf8"));
  if (entries.length === 0) throw new BuildOutputError(`${SERVICE_WORKER} has no precache manifest`);
  let bytes = 0;
  for (const { url } of entries) {
    const file = buildFilesOfPrecacheUrl(url).find((candidate) => fs.existsSync(path.join(root, candidate)));
    if (!file) throw new BuildOutputError(`the precached ${url} is not in the build (looked for ${buildFilesOfPrecacheUrl(url).join(", ")})`);
    bytes += fs.statSync(path.join(root, file)).size;
  }
  return { bytes, urlCount: entries.length };
}

async function main() {
  const { values } = parseArgs({ options: { root: { type: "string" }, config: { type: "string" } } });
  const root = path.resolve(values.root ?? path.join(import.meta.dirname, ".."));
  const configFile = path.resolve(values.config ?? path.join(import.meta.dirname, "..", "budgets.config.mjs"));
  const { budgets } = await import(pathToFileURL(configFile).href);
  try {
    const { rows, ok } = evaluateBudgets({ routes: measureRoutes(root), precache: measurePrecache(root) }, budgets);
    console.log(formatBudgetTable(rows));
    const named = (status) => rows.filter((row) => row.status === status).map((row) => `${row.name} (${row.kind})`);
    const allowed = named("allowed");
    if (allowed.length > 0) console.log(`\nOver budget but within their temporary allowance (budgets.config.mjs): ${allowed.join(", ")}`);
    console.log(ok ? (allowed.length > 0 ? "No budget exceeded beyond its allowance." : "All budgets met.") : `\nOver budget: ${named("over").join(", ")}`);
    return ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof BuildOutputError)) throw error;
    console.error(`[budgets] cannot read the build: ${error.message}`);
    return 2;
  }
}

process.exit(await main());
