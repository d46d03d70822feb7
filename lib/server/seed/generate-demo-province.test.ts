import { expect, test } from "vitest";
import { CaseStatusSchema, StatusEntrySchema } from "@/lib/domain/case-status-schemas";
import { PartySchema } from "@/lib/domain/parties";
import { classifyStatus } from "@/lib/domain/statistics/classification";
import { UsernameSchema } from "@/lib/domain/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemoProvince, type DemoProvince } from "./generate-demo-province";

const province = generateDemoProvince();

// The counting rules of report year 2021, written out here independently of the generator so that the test
// checks the data against the rules rather than against the generator's own bookkeeping.
const YEAR_START = "2020-10-01";
const AS_OF = "2021-09-30";
const DAY_BEFORE_YEAR = "2020-09-30";
const ENDED = new Set(["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"]);
const DONE_KINDS = new Set(["thu", "dinh_chi", "giam"]);

type Event = DemoProvince["statusEvents"][number];
type Entry = DemoProvince["moneyEntries"][number];

interface Figures {
  toEnforce: number;
  withConditions: number;
  finished: number;
  transferredOut: number;
  notCounted: number;
  carriedOver: number;
  newlyAccepted: number;
  moneyToEnforce: number;
  moneyWithConditions: number;
  moneyDone: number;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const eventsByCase = groupBy(province.statusEvents, (e) => e.caseId);
const entriesByCase = groupBy(province.moneyEntries, (e) => e.caseId);
const obligationsByCase = groupBy(province.moneyObligations, (o) => o.caseId);

/** The status of the event with the greatest seq among those decided on or before `date`. */
function statusAsOf(events: readonly Event[], date: string): Event | undefined {
  return events.filter((e) => e.decisionDate <= date).sort((a, b) => b.seq - a.seq)[0];
}

function emptyFigures(): Figures {
  return { toEnforce: 0, withConditions: 0, finished: 0, transferredOut: 0, notCounted: 0, carriedOver: 0, newlyAccepted: 0, moneyToEnforce: 0, moneyWithConditions: 0, moneyDone: 0 };
}

function computeFigures(unitIds: ReadonlySet<string>): Figures {
  const f = emptyFigures();
  for (const c of province.cases) {
    if (!unitIds.has(c.unitId)) continue;
    const events = eventsByCase.get(c.id) ?? [];
    const before = statusAsOf(events, DAY_BEFORE_YEAR);
    if (c.acceptedDate > AS_OF || (before && ENDED.has(before.status))) {
      f.notCounted += 1;
      continue;
    }
    if (c.acceptedDate < YEAR_START) f.carriedOver += 1;
    else f.newlyAccepted += 1;
    const current = statusAsOf(events, AS_OF);
    if (!current) throw new Error(`case ${c.id} has no status on ${AS_OF}`);
    const { statClass, isFinished } = classifyStatus(CaseStatusSchema.parse(current.status), current.ground ?? null);
    if (statClass === "excluded") {
      f.transferredOut += 1;
      continue;
    }
    f.toEnforce += 1;
    f.moneyToEnforce += (obligationsByCase.get(c.id) ?? []).reduce((sum, o) => sum + o.amount, 0);
    if (statClass !== "co_dieu_kien") continue;
    f.withConditions += 1;
    if (isFinished) f.finished += 1;
    const entries = (entriesByCase.get(c.id) ?? []).filter((e) => e.entryDate <= AS_OF);
    const assessments = entries.filter((e) => e.kind === "co_dieu_kien").sort((a, b) => (a.entryDate < b.entryDate ? -1 : 1));
    f.moneyWithConditions += assessments[assessments.length - 1]?.amount ?? 0;
    f.moneyDone += entries.filter((e) => DONE_KINDS.has(e.kind) && e.entryDate >= YEAR_START).reduce((sum, e) => sum + e.amount, 0);
  }
  return f;
}

/** A rate rounded half up to two decimals, as basis points (83.99% → 8399). */
function rateBp(numerator: number, denominator: number): number {
  return Number((BigInt(numerator) * 20_000n + BigInt(denominator)) / (2n * BigInt(denominator)));
}

const provinceUnit = province.units.find((u) => u.kind === "province");
const offices = province.units.filter((u) => u.kind === "office");
const provinceFigures = computeFigures(new Set(province.units.map((u) => u.id)));

test("the province reproduces the Hải Dương 2021 report", () => {
  expect(provinceFigures.toEnforce).toBe(9334);
  expect(provinceFigures.withConditions).toBe(7581);
  expect(provinceFigures.finished).toBe(6367);
  expect(rateBp(provinceFigures.finished, provinceFigures.withConditions)).toBe(8399);
  expect(rateBp(provinceFigures.moneyDone, provinceFigures.moneyWithConditions)).toBe(4426);
  expect(provinceFigures.moneyWithConditions).toBeGreaterThan(465e9);
  expect(provinceFigures.moneyWithConditions).toBeLessThan(475e9);
  expect(provinceFigures.moneyToEnforce).toBeGreaterThan(1_528e9);
  expect(provinceFigures.moneyToEnforce).toBeLessThan(1_530e9);
});

test("ủy thác đi and cases ended in 2020 exist, so the counting rules matter", () => {
  expect(provinceFigures.transferredOut).toBeGreaterThanOrEqual(80);
  expect(provinceFigures.transferredOut).toBeLessThanOrEqual(120);
  expect(provinceFigures.notCounted).toBeGreaterThanOrEqual(120);
  expect(provinceFigures.notCounted).toBeLessThanOrEqual(180);
  expect(provinceFigures.carriedOver).toBeGreaterThan(2000);
  expect(provinceFigures.newlyAccepted).toBeGreaterThan(4000);
});

test("exactly 3 of the 12 offices are below the 40.10% money target; case rates spread around 78–90%", () => {
  expect(offices).toHaveLength(12);
  const figures = offices.map((office) => computeFigures(new Set([office.id])));
  const below = figures.filter((f) => f.moneyDone * 10_000 < 4010 * f.moneyWithConditions);
  expect(below).toHaveLength(3);
  for (const f of figures) {
    expect(rateBp(f.finished, f.withConditions)).toBeGreaterThanOrEqual(7800);
    expect(rateBp(f.finished, f.withConditions)).toBeLessThanOrEqual(9000);
    expect(rateBp(f.moneyDone, f.moneyWithConditions)).toBeGreaterThanOrEqual(3000);
    expect(rateBp(f.moneyDone, f.moneyWithConditions)).toBeLessThanOrEqual(6000);
  }
  expect(province.targets).toEqual([{ unitId: provinceUnit?.id, reportYear: 2021, caseRateBp: 8250, moneyRateBp: 4010 }]);
});

test("the fixed demo accounts exist with their roles and units", () => {
  expect(DEMO_PASSWORD).toBe("demo-2021");
  expect(DEMO_ACCOUNTS).toHaveLength(7);
  for (const account of DEMO_ACCOUNTS) {
    const user = province.users.find((u) => u.username === account.username);
    expect(user?.role, account.username).toBe(account.role);
    expect(province.units.find((u) => u.id === user?.unitId)?.code, account.username).toBe(account.unitCode);
  }
});

test("each office has one supervisor and at least two officers; leader and admin sit at the province", () => {
  for (const office of offices) {
    const staff = province.users.filter((u) => u.unitId === office.id);
    expect(staff.filter((u) => u.role === "supervisor" && u.grade === null)).toHaveLength(1);
    expect(staff.filter((u) => u.role === "officer" && u.grade !== null).length).toBeGreaterThanOrEqual(2);
  }
  expect(province.users.filter((u) => u.unitId === provinceUnit?.id).map((u) => u.role).sort()).toEqual(["admin", "leader"]);
  for (const user of province.users) expect(UsernameSchema.safeParse(user.username).success, user.username).toBe(true);
  expect(new Set(province.users.map((u) => u.displayName)).size).toBe(province.users.length);
});

test("every officer holds between 10 and 400 cases", () => {
  const loads = groupBy(province.cases, (c) => c.assignedOfficerId ?? "none");
  for (const officer of province.users.filter((u) => u.role === "officer")) {
    const load = loads.get(officer.id)?.length ?? 0;
    expect(load, officer.username).toBeGreaterThanOrEqual(10);
    expect(load, officer.username).toBeLessThanOrEqual(400);
    const officeOfCases = new Set(loads.get(officer.id)?.map((c) => c.unitId));
    expect([...officeOfCases]).toEqual([officer.unitId]);
  }
  expect(loads.has("none")).toBe(false);
});

test("every debtor and creditor parses with PartySchema, with Hải Dương identity numbers", () => {
  for (const c of province.cases) {
    for (const raw of [c.debtor, c.creditor]) {
      const parsed = PartySchema.safeParse(raw);
      expect(parsed.success, c.id).toBe(true);
      if (!parsed.success || parsed.data.type !== "person" || !parsed.data.identity) continue;
      const { identity, dateOfBirth = "" } = parsed.data;
      if (identity.kind === "cmnd") expect(identity.number).toMatch(/^14\d{7}$/);
      // 030 = Hải Dương; then the century-and-gender digit (0/1 for 19xx, 2/3 for 20xx) and the birth year.
      else expect(identity.number.slice(0, 6)).toMatch(new RegExp(`^030[${dateOfBirth < "2000" ? "01" : "23"}]${dateOfBirth.slice(2, 4)}$`));
    }
  }
});

test("status histories are valid decisions in order, and the case row carries the latest", () => {
  for (const c of province.cases) {
    const events = [...(eventsByCase.get(c.id) ?? [])].sort((a, b) => a.seq - b.seq);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    for (const e of events) {
      const parsed = StatusEntrySchema.safeParse({ status: e.status, ground: e.ground ?? null, decisionNumber: e.decisionNumber, decisionDate: e.decisionDate, signer: e.signer });
      expect(parsed.success, `${c.id} ${e.seq}`).toBe(true);
      expect(e.decisionDate <= AS_OF).toBe(true);
    }
    for (let i = 1; i < events.length; i += 1) expect((events[i - 1]?.decisionDate ?? "") <= (events[i]?.decisionDate ?? "")).toBe(true);
    const [first] = events;
    const last = events[events.length - 1];
    expect(first?.status).toBe("dang_thi_hanh");
    expect([first?.decisionNumber, first?.decisionDate]).toEqual([c.decisionNumber, c.acceptedDate]);
    expect([c.status, c.statusGround]).toEqual([last?.status, last?.ground]);
    expect(c.judgmentDate < c.decisionDate).toBe(true);
    expect(Number(c.judgmentNumber.split("/")[1])).toBeLessThanOrEqual(Number(c.decisionDate.slice(0, 4)));
  }
});

test("money ledgers are consistent with the statuses", () => {
  for (const c of province.cases) {
    const entries: Entry[] = entriesByCase.get(c.id) ?? [];
    const events = eventsByCase.get(c.id) ?? [];
    const current = statusAsOf(events, AS_OF);
    const before = statusAsOf(events, DAY_BEFORE_YEAR);
    const hasMoney = (obligationsByCase.get(c.id) ?? []).length > 0;
    if (!hasMoney) expect(entries).toEqual([]);
    if (before && ENDED.has(before.status)) continue; // ended in 2020: its money was counted then
    if (!current || !hasMoney || classifyStatus(CaseStatusSchema.parse(current.status), current.ground ?? null).statClass !== "co_dieu_kien") continue;
    const assessed = entries.filter((e) => e.kind === "co_dieu_kien").sort((a, b) => (a.entryDate < b.entryDate ? -1 : 1)).pop()?.amount ?? 0;
    const done = entries.filter((e) => DONE_KINDS.has(e.kind) && e.entryDate >= YEAR_START).reduce((sum, e) => sum + e.amount, 0);
    expect(done, c.id).toBeLessThanOrEqual(assessed);
    if (current.status === "thi_hanh_xong") expect(done, c.id).toBe(assessed);
    if (current.status === "dinh_chi") expect(entries.some((e) => e.kind === "dinh_chi"), c.id).toBe(true);
  }
  const reductions = province.moneyEntries.filter((e) => e.kind === "giam");
  expect(reductions).toHaveLength(153);
  expect(reductions.reduce((sum, e) => sum + e.amount, 0)).toBe(514_000_000);
  expect(province.moneyEntries.every((e) => e.entryDate <= AS_OF && Number.isSafeInteger(e.amount) && e.amount > 0)).toBe(true);
});

test("ids are unique and the case decision key (unit, number, date) is unique", () => {
  const ids = [...province.units, ...province.users, ...province.cases, ...province.moneyObligations, ...province.statusEvents, ...province.moneyEntries].map((row) => row.id);
  expect(new Set(ids).size).toBe(ids.length);
  const decisionKeys = province.cases.map((c) => `${c.unitId}|${c.decisionNumber}|${c.decisionDate}`);
  expect(new Set(decisionKeys).size).toBe(decisionKeys.length);
});

test("two runs produce the same province", () => {
  expect(generateDemoProvince()).toEqual(province);
});
