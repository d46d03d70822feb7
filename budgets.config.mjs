// Performance and accessibility budgets (issue #7), in one place. CI checks them after the production build:
// scripts/check-budgets.mjs (first-load JS per route, service-worker precache) and scripts/lighthouse.mjs
// (Lighthouse category scores). Raise a number only with a reason in docs/decisions/ (007 for these).
//
// `allowances` are temporary ceilings (floors for scores) for what misses its target today, set a little past
// the measured value: the check then fails if it gets worse, and the table still shows the target missed
// (marked !). Delete an allowance when its route or page meets the target; delete them all to make CI strict.

/** @type {import("./scripts/budget-rules.mjs").Budgets} */
export const budgets = {
  // Gzipped JS a first visit downloads before the route can run (KiB, gzip -9), mid-range phone on 3G/4G.
  firstLoadJsKiB: {
    default: 200,
    routes: {
      // The capture route (app/(field)/record): Dexie, the record schemas, the form kit and the draft writer.
      "/record": 250,
    },
    // Every route meets its budget (docs/decisions/007): SessionGate loads Dexie, the sync engine and the device
    // session after the first render; a role's home loads for that role only; the officer's screens show labels,
    // dates and amounts from schema-free modules (lib/domain/dates.ts, money.ts, case-status.ts, …) and load zod
    // with the schemas only where data is checked (the pull, the export, the print view, the capture form).
  },
  // Everything the service worker stores at install (MiB, uncompressed bytes on the device).
  precacheMiB: 3,
  lighthouse: {
    // Lighthouse 12, mobile preset; minimum scores out of 100, on the best of 3 runs.
    minimum: { performance: 90, accessibility: 95, "best-practices": 95 },
    // Performance depends on the host as much as on the app (docs/decisions/007). On the stop-12 machine the
    // sign-in page scored 91–99, the case list 87–93 and capture 83–92. On the stop-13 machine (a like CPU index,
    // but bench:offline-start twice as slow for the same build: p50 3.7 s against 1.95) the build of stop 12
    // scored 78–84, 69–74 and 65–74; this stop's build 71–84, 63–76 and 70–78, and in its clean-clone CI run the
    // best of 3 was 84 / 73 / 75 (PGlite) and 77 / 68 / 74 (PostgreSQL, the database server sharing the CPU).
    // The floors sit under the lowest best of 3 seen here, so that CI does not go red on noise and still catches
    // a real regression; the target (90) stays, shown as missed.
    allowances: { "sign-in": { performance: 70 }, "case-list": { performance: 60 }, capture: { performance: 62 } },
  },
};
