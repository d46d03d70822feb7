export interface Budgets {
  /** `allowances`: temporary ceilings of routes known to be over their budget (see budgets.config.mjs). */
  firstLoadJsKiB: { default: number; routes: Record<string, number>; allowances?: Record<string, number> };
  precacheMiB: number;
  lighthouse: {
    minimum: { performance: number; accessibility: number; "best-practices": number };
    allowances?: Record<string, Record<string, number>>;
  };
}

export interface RouteFirstLoad {
  route: string;
  gzipBytes: number;
  fileCount: number;
}

export interface BudgetRow {
  kind: string;
  name: string;
  bytes: number;
  budgetBytes: number;
  allowanceBytes: number | null;
  detail: string;
  /** within the budget; over it but within the route's allowance; over both. */
  status: "within" | "allowed" | "over";
}

/** The gzip budget of a route's first-load JS, in bytes: its own entry, else the default. */
export function firstLoadBudgetBytes(route: string, budgets: Budgets): number;
/** The temporary ceiling of a route known to be over its budget, in bytes, or null. */
export function firstLoadAllowanceBytes(route: string, budgets: Budgets): number | null;
/** The precache manifest Serwist inlined into the built service worker. */
export function precacheEntriesOf(serviceWorkerSource: string): { url: string; revision: string | null }[];
/** Where the bytes of a precached URL are in the build, most likely first. */
export function buildFilesOfPrecacheUrl(url: string): string[];
/** One row per route and one for the precache, each with its budget; `ok` is false when any row is over. */
export function evaluateBudgets(
  measured: { routes: RouteFirstLoad[]; precache: { bytes: number; urlCount: number } },
  budgets: Budgets,
): { rows: BudgetRow[]; ok: boolean };
/** The rows as an aligned text table, with ✗ on the rows over budget. */
export function formatBudgetTable(rows: BudgetRow[]): string;
