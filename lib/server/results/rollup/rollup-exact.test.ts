import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ResultNode } from "@/lib/domain/api/results";
import type { CaseStatus } from "@/lib/domain/case-status";
import { caseFigures, sumFigures, type Figures } from "@/lib/domain/statistics/case-figures";
import type { SessionUser } from "@/lib/domain/users";
import { prng } from "@/test/random-ledger";
import { testDatabases } from "@/test/databases";
import { queryRows, type Db, type DbHandle } from "../../db/client";
import { resultRollups, units, users } from "../../db/schema";
import { recordCaseDecision } from "../../cases/record-case-decision";
import { recordMoneyEntry } from "../../cases/record-money-entry";
import { insertDemoProvince } from "../../seed/insert-demo-province";
import { getResults } from "../get-results";
import { loadLedger } from "../load-ledger";
import { buildRollupYear } from "./build-rollup-year";

// The rollup must give exactly what the ledger gives through the pure statistics, on any as-of date, however the
// ledger is written afterwards: decisions and money entries dated back into the year, concurrent writers, and a
// year being built while writes arrive.

const NOW = new Date("2026-11-29T03:00:00Z");
const AS_OF = ["2020-10-01", "2020-12-31", "2021-02-28", "2021-03-10", "2021-03-31", "2021-07-01", "2021-09-30"];

async function session(db: Db, username: string): Promise<SessionUser> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return { id: row.id, role: row.role, unitId: row.unitId, name: row.displayName, username: row.username };
}

/** The oracle: the office's figures per officer straight from the ledger, as the results were computed before the rollup. */
async function liveByOfficer(db: Db, officeId: string, asOf: string): Promise<Map<string, Figures>> {
  const ledger = await loadLedger(db, [officeId], asOf);
  const groups = new Map<string, Figures[]>();
  for (const c of ledger) groups.set(c.officerId ?? officeId, [...(groups.get(c.officerId ?? officeId) ?? []), caseFigures(c, 2021, asOf)]);
  return new Map([...groups].map(([key, all]) => [key, sumFigures(all)]));
}

async function expectExact(db: Db, head: SessionUser, officeId: string) {
  for (const asOf of AS_OF) {
    const office: ResultNode = (await getResults(db, head, { year: 2021, asOf }, NOW)).root;
    const live = await liveByOfficer(db, officeId, asOf);
    expect(office.figures, `office as of ${asOf}`).toEqual(sumFigures([...live.values()]));
    for (const officer of office.children) expect(officer.figures, `${officer.name} as of ${asOf}`).toEqual(live.get(officer.id));
  }
}

/** Open cases of the office whose last decision is before `date`, so a decision dated `date` is accepted. */
async function openCasesBefore(db: Db, officeId: string, date: string, limit: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT c.id FROM cases c JOIN case_status_events e ON e.case_id = c.id WHERE c.unit_id = ${officeId} AND c.accepted_date < ${date}
        GROUP BY c.id HAVING max(e.decision_date) < ${date} ORDER BY c.id LIMIT ${limit}`,
  );
  return rows.map((row) => row.id);
}

const DECISIONS: { status: CaseStatus; ground: string | null }[] = [
  { status: "thi_hanh_xong", ground: null },
  { status: "dinh_chi", ground: null },
  { status: "hoan", ground: "c" },
  { status: "hoan", ground: "a" },
  { status: "chua_co_dieu_kien", ground: "b" },
  { status: "uy_thac_di", ground: null },
  { status: "tam_dinh_chi", ground: null },
];

describe.each(testDatabases)("the results rollup on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let head: SessionUser;
  let officeId: string;

  beforeAll(async () => {
    handle = await target.open();
    await insertDemoProvince(handle.db);
    head = await session(handle.db, "cct.tphd");
    const [office] = await handle.db.select().from(units).where(eq(units.code, "HD.TPHD"));
    officeId = office?.id ?? "";
  }, 180_000);
  afterAll(async () => {
    await handle?.dispose();
  });

  test("built from the demo ledger, it equals the live computation on every as-of date, per officer", async () => {
    await expectExact(handle.db, head, officeId);
    const office = await handle.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(resultRollups).where(and(eq(resultRollups.unitId, officeId), eq(resultRollups.officerKey, "*")));
    expect(office[0]?.n).toBeGreaterThan(0);
  }, 120_000);

  test("decisions and money entries dated back into the year keep it exact, concurrent writers included", async () => {
    const random = prng(611);
    const picked = await openCasesBefore(handle.db, officeId, "2021-03-10", 21);
    expect(picked.length).toBe(21);
    const writes = picked.map((caseId, k) => async () => {
      const decision = DECISIONS[k % DECISIONS.length] ?? { status: "thi_hanh_xong", ground: null };
      await recordMoneyEntry(handle.db, head, caseId, { kind: "co_dieu_kien", amount: 50_000_000 + k, date: "2021-01-05", reference: null }, NOW);
      await recordMoneyEntry(handle.db, head, caseId, { kind: k % 2 ? "thu" : "giam", amount: Math.floor(random() * 9_000_000) + 1, date: "2021-03-10", reference: null }, NOW);
      await recordCaseDecision(handle.db, head, caseId, { ...decision, decisionNumber: `${900 + k}/QĐ-CCTHADS`, decisionDate: "2021-03-10", signer: "Phạm Văn Dũng" } as Parameters<typeof recordCaseDecision>[3], NOW);
      await recordMoneyEntry(handle.db, head, caseId, { kind: "thu", amount: 1_000_000 + k, date: "2020-12-31", reference: null }, NOW);
    });
    await Promise.all(writes.map((write) => write()));
    await expectExact(handle.db, head, officeId);
  }, 180_000);

  test("a year built while writes arrive misses none of them", async () => {
    await handle.db.execute(sql`DELETE FROM result_rollups WHERE report_year = 2021`);
    await handle.db.execute(sql`DELETE FROM result_rollup_years WHERE report_year = 2021`);
    const picked = await openCasesBefore(handle.db, officeId, "2021-06-01", 6);
    const writes = picked.map((caseId, k) => recordMoneyEntry(handle.db, head, caseId, { kind: "thu", amount: 2_000_000 + k, date: "2021-06-01", reference: null }, NOW));
    await Promise.all([buildRollupYear(handle.db, 2021), ...writes]);
    await expectExact(handle.db, head, officeId);
  }, 180_000);
});
