// The pure part of the budget check (scripts/check-budgets.mjs does the file reading): which budget applies
// to what, where a precached URL lives in the build, and the verdict table. No file or network access here.

const KIB = 1024;
const MIB = 1024 * 1024;

/** The gzip budget of a route's first-load JS, in bytes: its own entry, else the default. */
export function firstLoadBudgetBytes(route, budgets) {
  return (budgets.firstLoadJsKiB.routes[route] ?? budgets.firstLoadJsKiB.default) * KIB;
}

/**
 * The temporary ceiling of a route known to be over its budget (`allowances`), in bytes, or null. It stops a
 * known overage from growing; the route still shows as over its target until it meets it.
 */
export function firstLoadAllowanceBytes(route, budgets) {
  const allowance = budgets.firstLoadJsKiB.allowances?.[route];
  return typeof allowance === "number" ? allowance * KIB : null;
}

/**
 * The precache manifest Serwist inlined into the built service worker: `[{revision:…,url:"/…"}, …]`, minified,
 * keys in either order. Only entries whose url is a string literal count, so the worker's own code
 * (`{url:e,revision:t}`) is never mistaken for one.
 */
export function precacheEntriesOf(serviceWorkerSource) {
  const entries = [];
  for (const [object] of serviceWorkerSource.matchAll(/\{[^{}]*\}/g)) {
    const url = /(?:^|[{,\s])"?url"?\s*:\s*"([^"]+)"/.exec(object)?.[1];
    const revision = /(?:^|[{,\s])"?revision"?\s*:\s*(null|"([^"]*)")/.exec(object);
    if (url && revision) entries.push({ url, revision: revision[2] ?? null });
  }
  return entries;
}

/**
 * Where the bytes of a precached URL are in the build, most likely first — Serwist's own mapping
 * (@serwist/next/config `manifestTransforms`) reversed: `.next/static/*` is served as `/_next/static/*`,
 * a prerendered page `.next/server/app/x.html` as `/x` (`index.html` as `/`), and `public/*` as `/*`.
 */
export function buildFilesOfPrecacheUrl(url) {
  const pathname = url.split(/[?#]/)[0] ?? url;
  if (pathname.startsWith("/_next/")) return [`.next/${pathname.slice("/_next/".length)}`];
  const publicFile = `public${pathname}`;
  if (pathname === "/") return [".next/server/app/index.html", "public/index.html"];
  const page = pathname.endsWith("/") ? `.next/server/app${pathname}index.html` : `.next/server/app${pathname}.html`;
  const hasExtension = /\.[^/]+$/.test(pathname);
  // A metadata route (app/manifest.ts → /manifest.webmanifest) is prerendered as its body beside its meta file.
  return hasExtension ? [publicFile, page, `.next/server/app${pathname}.body`] : [page, publicFile];
}

/**
 * One row per route (gzip bytes of its first-load JS) and one for the precache (bytes, URL count), each with
 * its budget, its allowance if any, and a status: `within` the budget, `allowed` (over the budget, within the
 * route's allowance) or `over`. `ok` is false when any row is over.
 */
export function evaluateBudgets({ routes, precache }, budgets) {
  const rows = routes
    .map(({ route, gzipBytes, fileCount }) => {
      const budgetBytes = firstLoadBudgetBytes(route, budgets);
      const allowanceBytes = firstLoadAllowanceBytes(route, budgets);
      const status = gzipBytes <= budgetBytes ? "within" : allowanceBytes !== null && gzipBytes <= allowanceBytes ? "allowed" : "over";
      return { kind: "first-load JS (gzip)", name: route, bytes: gzipBytes, budgetBytes, allowanceBytes, detail: `${fileCount} files`, status };
    })
    .sort((a, b) => b.bytes / b.budgetBytes - a.bytes / a.budgetBytes);
  const precacheBudget = budgets.precacheMiB * MIB;
  const precacheStatus = precache.bytes <= precacheBudget ? "within" : "over";
  rows.push({ kind: "precache", name: "service worker", bytes: precache.bytes, budgetBytes: precacheBudget, allowanceBytes: null, detail: `${precache.urlCount} URLs`, status: precacheStatus });
  return { rows, ok: rows.every((row) => row.status !== "over") };
}

function formatSize(bytes, unit) {
  return unit === "MiB" ? `${(bytes / MIB).toFixed(2)} MiB` : `${(bytes / KIB).toFixed(1)} KiB`;
}

const STATUS_MARKS = { within: "✓", allowed: "!", over: "✗" };

/**
 * The rows as an aligned text table, the worst first: ✓ within the budget, ✗ over it, ! over the budget but
 * within the route's temporary allowance (shown after the details).
 */
export function formatBudgetTable(rows) {
  const lines = rows.map((row) => {
    const unit = row.kind === "precache" ? "MiB" : "KiB";
    const share = `${Math.round((row.bytes / row.budgetBytes) * 100)}%`;
    const allowance = row.allowanceBytes === null ? "" : `, allowance ${formatSize(row.allowanceBytes, unit)}`;
    return [STATUS_MARKS[row.status], row.kind, row.name, formatSize(row.bytes, unit), formatSize(row.budgetBytes, unit), share, `${row.detail}${allowance}`];
  });
  const header = [" ", "budget", "of", "size", "limit", "used", ""];
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((cells) => String(cells[column]).length)));
  const align = (cells) =>
    cells
      .map((cell, column) => (column === 3 || column === 4 || column === 5 ? String(cell).padStart(widths[column] ?? 0) : String(cell).padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [align(header), ...lines.map(align)].join("\n");
}
