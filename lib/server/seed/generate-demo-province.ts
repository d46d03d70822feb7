import "server-only";
import type { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, targets, units, users } from "@/lib/server/db/schema";
import { REPORT_YEAR } from "./calendar";
import { assignDecisionNumbers } from "./decision-numbers";
import { toCaseRows } from "./demo-rows";
import { buildStaff, unitId } from "./demo-staff";
import { generateOfficeCases } from "./generate-office-cases";
import { reductionAmounts } from "./money-allocation";
import { openLedger, type CaseLedger } from "./money-ledger";
import { balanceOfficeMoney, closeOfficeLedgers, numberReceipts } from "./office-money";
import { assertPlanMatchesReport, plannedMoneyDone, PROVINCE } from "./office-plan";
import { createRng } from "./prng";
import { balanceProvinceMoney, splitReductions } from "./province-money";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface DemoProvince {
  units: Insert<typeof units>[];
  /** Without password hashes: every account's password is DEMO_PASSWORD, hashed by the caller. */
  users: Omit<Insert<typeof users>, "passwordHash">[];
  cases: Insert<typeof cases>[];
  moneyObligations: Insert<typeof caseMoneyObligations>[];
  statusEvents: Insert<typeof caseStatusEvents>[];
  moneyEntries: Insert<typeof caseMoneyEntries>[];
  targets: Insert<typeof targets>[];
}

/** Every demo account signs in with this password; the caller hashes it. */
export const DEMO_PASSWORD = "demo-2021";

/** The accounts the README and the end-to-end tests rely on; all other usernames follow the same pattern. */
export const DEMO_ACCOUNTS = [
  { username: "chv.tphd", role: "officer", unitCode: "HD.TPHD" },
  { username: "chv2.tphd", role: "officer", unitCode: "HD.TPHD" },
  { username: "cct.tphd", role: "supervisor", unitCode: "HD.TPHD" },
  { username: "chv.chilinh", role: "officer", unitCode: "HD.CHILINH" },
  { username: "cct.chilinh", role: "supervisor", unitCode: "HD.CHILINH" },
  { username: "lanhdao", role: "leader", unitCode: PROVINCE.code },
  { username: "admin", role: "admin", unitCode: PROVINCE.code },
] as const;

// The report: 153 reductions granted, 514 triệu đồng in total (domain §2.3).
const REDUCTION_COUNT = 153;
const REDUCTION_TOTAL = 514_000_000;

/**
 * The demo province: Cục THADS tỉnh Hải Dương and its 12 Chi cục as of 30/9/2021, built so that the report
 * year 2021 statistics come out exactly as the province reported them (office-plan.ts). Pure and
 * deterministic: no clock, no Math.random(), no database; ids are derived from stable keys, so the caller
 * can insert with ON CONFLICT DO NOTHING and re-run safely.
 */
export function generateDemoProvince(): DemoProvince {
  assertPlanMatchesReport();
  const staff = buildStaff();
  const byOffice = staff.offices.map((office, index) => generateOfficeCases(office, index === 0));
  byOffice.forEach(assignDecisionNumbers);

  // Money is settled in steps because each step fixes a total the next one depends on: the cases' own
  // history, then each office's money with conditions, the province's money phải thi hành, and finally the
  // in-year receipts that make each office's money done.
  const ledgers = new Map<string, CaseLedger>();
  for (const draft of byOffice.flat()) ledgers.set(draft.id, openLedger(draft));
  byOffice.forEach((officeCases) => balanceOfficeMoney(officeCases, ledgers));
  balanceProvinceMoney(byOffice.flat());
  const moneyDone = plannedMoneyDone();
  const reductions = splitReductions(staff.offices, reductionAmounts(createRng("reductions"), REDUCTION_COUNT, REDUCTION_TOTAL));
  byOffice.forEach((officeCases, index) => {
    const code = staff.offices[index]?.plan.code ?? "";
    closeOfficeLedgers(officeCases, ledgers, moneyDone.get(code) ?? 0, reductions[index] ?? []);
    numberReceipts(officeCases, ledgers);
  });

  const rows = byOffice.flat().map((draft) => toCaseRows(draft, ledgers.get(draft.id) ?? { entries: [], conditioned: 0 }));
  return {
    units: staff.units,
    users: staff.users,
    cases: rows.map((row) => row.caseRow),
    moneyObligations: rows.flatMap((row) => row.obligations),
    statusEvents: rows.flatMap((row) => row.events),
    moneyEntries: rows.flatMap((row) => row.entries),
    // Offices inherit the province's target unless they have their own row.
    targets: [{ unitId: unitId(PROVINCE.code), reportYear: REPORT_YEAR, caseRateBp: PROVINCE.caseRateBp, moneyRateBp: PROVINCE.moneyRateBp }],
  };
}
