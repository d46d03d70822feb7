// `npm run bench:results`: the annual results at national size on PostgreSQL (DATABASE_URL, a server it may create
// databases on). It generates a report year — 1,000,000 cases, 34 provinces, 355 offices, 4,000 officers, ~5,000,000
// ledger entries (bench-results-seed.ts) — in a fresh database, materializes the year's rollup, then times the
// national results and one province's, as of the year end and as of 31/3, 20 times each (the results as the API
// builds them, serialized to JSON), while writers keep recording decisions and money entries dated into the year
// through the app's own ledger writers. Then it checks the figures are exact: every office that was written to,
// and the timed province officer by officer, against the ledger computed case by case.
// BENCH_RESULTS_DB=<name> reuses (or creates and keeps) a database, to skip generating it again.
// Last line: cases=<n> p50_ms=<n> p95_ms=<n>
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { SessionUser } from "../lib/domain/users";
import { percentile, runWithServerCondition } from "./bench-helpers";
import { BENCH_YEAR, ledgerEntryCount, seedNationalYear, SIZE } from "./bench-results-seed";

const RUNS = 20;
const WRITERS = 3;
const TIMED_PROVINCE = 7;
const AS_OF = [`${BENCH_YEAR}-09-30`, `${BENCH_YEAR}-03-31`];
const log = (line: string) => console.log(`[bench:results] ${line}`);

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("bench:results needs DATABASE_URL (a PostgreSQL server it may create a database on)");
  const kept = process.env.BENCH_RESULTS_DB;
  const dbName = kept ?? `thads_bench_results_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  try {
    await run(url.toString(), !exists);
  } finally {
    if (!kept) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

async function run(url: string, fresh: boolean) {
  const { openDatabase } = await import("../lib/server/db/client");
  const { buildRollupYear } = await import("../lib/server/results/rollup/build-rollup-year");
  const handle = await openDatabase({ url });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await handle.migrate();
    if (fresh) await seedNationalYear(client, log);
    const cases = Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM cases")).rows[0]?.n);
    log(`${cases} cases, ${await ledgerEntryCount(client)} ledger entries, ${SIZE.provinces} provinces, ${SIZE.offices} offices, ${SIZE.officers} officers`);
    let started = performance.now();
    const built = await buildRollupYear(handle.db, BENCH_YEAR, (done, total) => {
      if (done % 50 === 0 || done === total) log(`rollup ${done}/${total} offices, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    });
    log(built ? `rollup of ${BENCH_YEAR} built in ${((performance.now() - started) / 1000).toFixed(1)} s` : `rollup of ${BENCH_YEAR} already there`);
    await client.query("VACUUM ANALYZE result_rollups"); // as autovacuum would: index-only scans need the visibility map

    const sessions = await benchSessions(client);
    const writers = startWriters(handle.db, await writeTargets(client, sessions.provinceId), sessions.heads);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the writers are running before the first timing
    const timings = await timeResults(handle.db, sessions);
    const writes = await writers.stop();
    log(`writes during the timings: ${writes.count} (p50 ${writes.p50.toFixed(0)} ms), to ${writes.offices.size} offices`);

    started = performance.now();
    const checked = await checkExact(handle.db, sessions, writes.offices);
    log(`exact: ${checked} offices checked against the ledger, case by case, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const sorted = timings.sort((a, b) => a - b);
    console.log(`cases=${cases} p50_ms=${Math.round(percentile(sorted, 50))} p95_ms=${Math.round(percentile(sorted, 95))}`);
  } finally {
    await client.end();
    await handle.close();
  }
}

interface Sessions {
  national: SessionUser;
  province: SessionUser;
  provinceId: string;
  heads: Map<string, SessionUser>; // office id → its head
}

async function benchSessions(client: pg.Client): Promise<Sessions> {
  const user = async (username: string): Promise<SessionUser> => {
    const { rows } = await client.query<{ id: string; role: SessionUser["role"]; unit_id: string; display_name: string }>("SELECT * FROM users WHERE username = $1", [username]);
    const row = rows[0];
    if (!row) throw new Error(`no user ${username}`);
    return { id: row.id, role: row.role, unitId: row.unit_id, name: row.display_name, username };
  };
  const province = await user(`lanhdao${TIMED_PROVINCE}`);
  const { rows } = await client.query<{ id: string; unit_id: string; display_name: string; username: string }>("SELECT * FROM users WHERE role = 'supervisor'");
  const heads = new Map(rows.map((row) => [row.unit_id, { id: row.id, role: "supervisor" as const, unitId: row.unit_id, name: row.display_name, username: row.username }]));
  return { national: await user("cucql"), province, provinceId: province.unitId, heads };
}

/** National and province, year end and 31/3, RUNS times each, interleaved; each timing includes JSON serialization. */
async function timeResults(db: import("../lib/server/db/client").Db, sessions: Sessions): Promise<number[]> {
  const { getResults } = await import("../lib/server/results/get-results");
  const timings: number[] = [];
  const perVariant = new Map<string, number[]>();
  for (let run = 0; run < RUNS; run += 1) {
    for (const [label, user] of [["national", sessions.national], ["province", sessions.province]] as const) {
      for (const asOf of AS_OF) {
        const started = performance.now();
        const result = await getResults(db, user, { year: BENCH_YEAR, asOf });
        const bytes = JSON.stringify(result).length;
        const ms = performance.now() - started;
        timings.push(ms);
        const key = `${label} as of ${asOf} (${Math.round(bytes / 1024)} KB)`;
        perVariant.set(key, [...(perVariant.get(key) ?? []), ms]);
      }
    }
  }
  for (const [key, all] of perVariant) {
    const sorted = [...all].sort((a, b) => a - b);
    log(`${key}: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`);
  }
  return timings;
}

/**
 * WRITERS loops recording, through the app's ledger writers (the rollup kept in the same transaction), money
 * entries dated anywhere in the year and decisions dated on its last day; half go to the timed province.
 */
function startWriters(db: import("../lib/server/db/client").Db, targets: WriteTargets, heads: Map<string, SessionUser>) {
  let running = true;
  const latencies: number[] = [];
  const offices = new Set<string>();
  const loops = Array.from({ length: WRITERS }, async (_, w) => {
    const { recordMoneyEntry } = await import("../lib/server/cases/record-money-entry");
    const { recordCaseDecision } = await import("../lib/server/cases/record-case-decision");
    let k = 0;
    while (running) {
      k += 1;
      const pool = k % 2 === 0 ? targets.timed : targets.elsewhere;
      const target = pool[Math.floor(Math.random() * pool.length)];
      const head = target ? heads.get(target.unit_id) : undefined;
      if (!target || !head) continue;
      const started = performance.now();
      const day = new Date(Date.UTC(BENCH_YEAR - 1, 9, 1) + Math.floor(Math.random() * 365) * 86_400_000).toISOString().slice(0, 10);
      if ((k + w) % 4 === 0) {
        await recordCaseDecision(db, head, target.id, { status: "thi_hanh_xong", ground: null, decisionNumber: `${k}-${w}/QĐ-BENCH`, decisionDate: `${BENCH_YEAR}-09-30`, signer: "Bench" }).catch(() => undefined);
      } else {
        await recordMoneyEntry(db, head, target.id, { kind: "thu", amount: 1_000_000 + k, date: day, reference: null });
      }
      latencies.push(performance.now() - started);
      offices.add(target.unit_id);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      const sorted = [...latencies].sort((a, b) => a - b);
      return { count: latencies.length, p50: percentile(sorted, 50), offices };
    },
  };
}

interface WriteTargets {
  timed: { id: string; unit_id: string }[];
  elsewhere: { id: string; unit_id: string }[];
}

/** Cases the writers pick from: some of the timed province's, and a sample of the whole country's. */
async function writeTargets(client: pg.Client, provinceId: string): Promise<WriteTargets> {
  const timed = await client.query<{ id: string; unit_id: string }>(
    "SELECT c.id, c.unit_id FROM cases c JOIN units u ON u.id = c.unit_id WHERE u.parent_id = $1 ORDER BY c.id LIMIT 3000",
    [provinceId],
  );
  const elsewhere = await client.query<{ id: string; unit_id: string }>("SELECT id, unit_id FROM cases TABLESAMPLE SYSTEM (0.5) LIMIT 3000");
  return { timed: timed.rows, elsewhere: elsewhere.rows };
}

/** Every written office (national level: its totals) and the timed province per officer, against the ledger. */
async function checkExact(db: import("../lib/server/db/client").Db, sessions: Sessions, written: Set<string>): Promise<number> {
  const { getResults } = await import("../lib/server/results/get-results");
  const { loadLedger } = await import("../lib/server/results/load-ledger");
  const { caseFigures, sumFigures } = await import("../lib/domain/statistics/case-figures");
  const mismatches: string[] = [];
  let checked = 0;
  for (const asOf of AS_OF) {
    const national = await getResults(db, sessions.national, { year: BENCH_YEAR, asOf });
    const province = await getResults(db, sessions.province, { year: BENCH_YEAR, asOf });
    const officeNodes = new Map(national.root.children.flatMap((p) => p.children).map((office) => [office.id, office]));
    const timedOffices = new Set(province.root.children.map((office) => office.id));
    for (const officeId of new Set([...written, ...timedOffices])) {
      const ledger = await loadLedger(db, [officeId], asOf);
      const live = sumFigures(ledger.map((c) => caseFigures(c, BENCH_YEAR, asOf)));
      if (JSON.stringify(officeNodes.get(officeId)?.figures) !== JSON.stringify(live)) mismatches.push(`office ${officeId} as of ${asOf}`);
      const officeInTree = province.root.children.find((office) => office.id === officeId);
      for (const officer of officeInTree?.children ?? []) {
        const own = sumFigures(ledger.filter((c) => (c.officerId ?? officeId) === officer.id).map((c) => caseFigures(c, BENCH_YEAR, asOf)));
        if (JSON.stringify(officer.figures) !== JSON.stringify(own)) mismatches.push(`officer ${officer.name} as of ${asOf}`);
      }
      checked += 1;
    }
  }
  if (mismatches.length > 0) throw new Error(`the results differ from the ledger: ${mismatches.slice(0, 10).join("; ")}`);
  return checked;
}

runWithServerCondition(import.meta.url, main).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
