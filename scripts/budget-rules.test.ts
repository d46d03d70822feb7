import { expect, test } from "vitest";
import {
  buildFilesOfPrecacheUrl,
  evaluateBudgets,
  firstLoadAllowanceBytes,
  firstLoadBudgetBytes,
  formatBudgetTable,
  precacheEntriesOf,
  type Budgets,
} from "./budget-rules.mjs";

const BUDGETS: Budgets = {
  firstLoadJsKiB: { default: 200, routes: { "/record": 250 } },
  precacheMiB: 3,
  lighthouse: { minimum: { performance: 90, accessibility: 95, "best-practices": 95 } },
};

test("a route has its own first-load budget when the config names it, the default otherwise", () => {
  expect(firstLoadBudgetBytes("/record", BUDGETS)).toBe(250 * 1024);
  expect(firstLoadBudgetBytes("/case", BUDGETS)).toBe(200 * 1024);
  expect(firstLoadBudgetBytes("/review/record", BUDGETS)).toBe(200 * 1024);
});

test("the precache manifest is read from minified Serwist output, and the worker's own code is not mistaken for it", () => {
  const source =
    'var j,k=Yg(()=>{j=[{revision:null,url:"/_next/static/chunks/a1.js"},{revision:"641bd2",url:"/~offline"},{"url":"/icons/icon-192.png","revision":"9f0e"}]});' +
    "function add(e,t){return{url:e,revision:t}}";
  expect(precacheEntriesOf(source)).toEqual([
    { url: "/_next/static/chunks/a1.js", revision: null },
    { url: "/~offline", revision: "641bd2" },
    { url: "/icons/icon-192.png", revision: "9f0e" },
  ]);
  expect(precacheEntriesOf("self.addEventListener('fetch', () => {})")).toEqual([]);
});

test("a precached URL maps back to the build file Serwist took it from", () => {
  expect(buildFilesOfPrecacheUrl("/_next/static/chunks/a1.js")[0]).toBe(".next/static/chunks/a1.js");
  expect(buildFilesOfPrecacheUrl("/")[0]).toBe(".next/server/app/index.html");
  expect(buildFilesOfPrecacheUrl("/review/record")[0]).toBe(".next/server/app/review/record.html");
  expect(buildFilesOfPrecacheUrl("/~offline")[0]).toBe(".next/server/app/~offline.html");
  expect(buildFilesOfPrecacheUrl("/icons/icon-192.png")[0]).toBe("public/icons/icon-192.png");
  expect(buildFilesOfPrecacheUrl("/manifest.webmanifest")).toContain(".next/server/app/manifest.webmanifest.body");
});

test("the verdict fails on the one route over its budget and names it; the worst row comes first", () => {
  const KIB = 1024;
  const { rows, ok } = evaluateBudgets(
    {
      routes: [
        { route: "/record", gzipBytes: 240 * KIB, fileCount: 13 },
        { route: "/case", gzipBytes: 210 * KIB, fileCount: 12 },
        { route: "/login", gzipBytes: 150 * KIB, fileCount: 11 },
      ],
      precache: { bytes: 1.7 * 1024 * KIB, urlCount: 52 },
    },
    BUDGETS,
  );
  expect(ok).toBe(false);
  expect(rows.filter((row) => row.status === "over").map((row) => row.name)).toEqual(["/case"]);
  expect(rows[0]?.name).toBe("/case");
  const table = formatBudgetTable(rows);
  expect(table).toMatch(/✗ +first-load JS \(gzip\) +\/case +210\.0 KiB +200\.0 KiB +105%/);
  expect(table).toMatch(/✓ +precache +service worker +1\.70 MiB +3\.00 MiB/);
});

test("exactly at the budget is within it; the precache alone can fail the check", () => {
  const atLimit = evaluateBudgets({ routes: [{ route: "/case", gzipBytes: 200 * 1024, fileCount: 1 }], precache: { bytes: 3 * 1024 * 1024, urlCount: 1 } }, BUDGETS);
  expect(atLimit.ok).toBe(true);
  const bigCache = evaluateBudgets({ routes: [], precache: { bytes: 3 * 1024 * 1024 + 1, urlCount: 60 } }, BUDGETS);
  expect(bigCache.ok).toBe(false);
  expect(bigCache.rows.map((row) => [row.name, row.status])).toEqual([["service worker", "over"]]);
});

test("a route over its budget passes within its temporary allowance, shows as such, and fails above it", () => {
  const KIB = 1024;
  const withAllowance: Budgets = { ...BUDGETS, firstLoadJsKiB: { ...BUDGETS.firstLoadJsKiB, allowances: { "/results": 250 } } };
  expect(firstLoadAllowanceBytes("/results", withAllowance)).toBe(250 * KIB);
  expect(firstLoadAllowanceBytes("/case", withAllowance)).toBeNull();
  const measure = (kib: number) => evaluateBudgets({ routes: [{ route: "/results", gzipBytes: kib * KIB, fileCount: 13 }], precache: { bytes: 0, urlCount: 0 } }, withAllowance);
  expect(measure(190).rows[0]?.status).toBe("within");
  const allowed = measure(245);
  expect(allowed.ok).toBe(true);
  expect(allowed.rows[0]?.status).toBe("allowed");
  expect(formatBudgetTable(allowed.rows)).toMatch(/! +first-load JS \(gzip\) +\/results +245\.0 KiB +200\.0 KiB +123% +13 files, allowance 250\.0 KiB/);
  const grown = measure(251);
  expect(grown.ok).toBe(false);
  expect(grown.rows[0]?.status).toBe("over");
});
