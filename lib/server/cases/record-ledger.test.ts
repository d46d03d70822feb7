import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildVerificationPayload } from "@/lib/domain/records/fixtures";
import type { SessionUser } from "@/lib/domain/users";
import { statusOf } from "@/test/app-error-status";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { auditLog, caseMoneyEntries, cases, caseStatusEvents } from "../db/schema";
import { decideRecord } from "../review/decide-record";
import { listReviewQueue } from "../review/list-review-queue";
import { FOREIGN_SUPERVISOR, LEADER, SUPERVISOR, seedReviewWorld } from "../review/review-test-world";
import { pushRecords } from "../sync/push-records";
import { buildFinalRecord, pushEnvelope, storeAttachmentsOf } from "../sync/sync-test-world";
import { recordCaseDecision } from "./record-case-decision";
import { recordMoneyEntry } from "./record-money-entry";

const NOW = new Date("2026-11-29T03:00:00Z");
const NO_CONDITION = { status: "chua_co_dieu_kien" as const, ground: "a" as const, decisionNumber: "12/QĐ-CCTHADS", decisionDate: "2026-11-20", signer: "Phạm Văn Dũng" };

describe.each(testDatabases)("the head records the ledger on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let officer: SessionUser;
  let myCases: string[];

  beforeAll(async () => {
    handle = await target.open();
    const world = await seedReviewWorld(handle.db);
    officer = world.officers[0] as SessionUser;
    myCases = world.casesOf.get(officer.id) ?? [];
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("a decision settles the « cần ra quyết định » entry an approved verification opened, and moves the case", async () => {
    const caseId = myCases[0] ?? "";
    const typed = { type: "xac_minh" as const, payload: buildVerificationPayload({ conclusion: { conclusion: "chua_co_dieu_kien", ground: "a" } }) };
    const record = await buildFinalRecord({ caseId, authorId: officer.id, typed });
    await storeAttachmentsOf(handle.db, [record], officer.id);
    await pushRecords(handle.db, officer, pushEnvelope([record]));
    await decideRecord(handle.db, SUPERVISOR, record.id, { decision: "approve" });
    expect((await listReviewQueue(handle.db, SUPERVISOR, { page: 1, pageSize: 10 })).decisionsNeeded).toHaveLength(1);

    const written = await recordCaseDecision(handle.db, SUPERVISOR, caseId, NO_CONDITION, NOW);
    expect(written).toMatchObject({ status: "chua_co_dieu_kien", statusGround: "a", seq: 2, resolvedDecisionsNeeded: 1 });
    expect((await listReviewQueue(handle.db, SUPERVISOR, { page: 1, pageSize: 10 })).decisionsNeeded).toEqual([]);
    const [row] = await handle.db.select({ status: cases.status, ground: cases.statusGround }).from(cases).where(eq(cases.id, caseId));
    expect(row).toEqual({ status: "chua_co_dieu_kien", ground: "a" });
    const history = await handle.db.select({ seq: caseStatusEvents.seq, status: caseStatusEvents.status }).from(caseStatusEvents).where(eq(caseStatusEvents.caseId, caseId)).orderBy(asc(caseStatusEvents.seq));
    expect(history).toEqual([
      { seq: 1, status: "dang_thi_hanh" },
      { seq: 2, status: "chua_co_dieu_kien" },
    ]);
    const audit = await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, caseId));
    expect(audit.map((entry) => entry.action)).toContain("case.decision");
  });

  test("history keeps its order: a decision dated before the latest, or in the future, is refused", async () => {
    const caseId = myCases[1] ?? "";
    expect(await statusOf(recordCaseDecision(handle.db, SUPERVISOR, caseId, { ...NO_CONDITION, decisionDate: "2026-03-01" }, NOW))).toBe(400);
    expect(await statusOf(recordCaseDecision(handle.db, SUPERVISOR, caseId, { ...NO_CONDITION, decisionDate: "2026-11-30" }, NOW))).toBe(400);
    expect(await statusOf(recordCaseDecision(handle.db, SUPERVISOR, caseId, { ...NO_CONDITION, decisionDate: "2026-03-02" }, NOW))).toBe(200);
  });

  test("only the head of the case's office writes its ledger", async () => {
    const caseId = myCases[2] ?? "";
    const receipt = { kind: "thu" as const, amount: 15_000_000, date: "2026-11-21", reference: "BL 0012345" };
    for (const user of [FOREIGN_SUPERVISOR, LEADER, officer]) {
      expect(await statusOf(recordCaseDecision(handle.db, user, caseId, NO_CONDITION, NOW)), user.username).toBe(403);
      expect(await statusOf(recordMoneyEntry(handle.db, user, caseId, receipt, NOW)), user.username).toBe(403);
    }
    expect(await statusOf(recordMoneyEntry(handle.db, SUPERVISOR, "0190d7a2-0000-7000-8000-00000000dead", receipt, NOW))).toBe(404);
    expect(await statusOf(recordMoneyEntry(handle.db, SUPERVISOR, caseId, { ...receipt, date: "2026-12-01" }, NOW))).toBe(400);
    await recordMoneyEntry(handle.db, SUPERVISOR, caseId, receipt, NOW);
    const entries = await handle.db.select({ kind: caseMoneyEntries.kind, amount: caseMoneyEntries.amount, reference: caseMoneyEntries.reference }).from(caseMoneyEntries).where(eq(caseMoneyEntries.caseId, caseId));
    expect(entries).toEqual([{ kind: "thu", amount: 15_000_000, reference: "BL 0012345" }]);
  });
});
