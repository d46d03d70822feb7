import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ReviewQueueResponseSchema, ReviewRecordViewSchema } from "@/lib/domain/api/review";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { buildVerificationPayload } from "@/lib/domain/records/fixtures";
import type { ReviewDecision } from "@/lib/domain/review/review-schemas";
import type { SessionUser } from "@/lib/domain/users";
import { statusOf } from "@/test/app-error-status";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { auditLog, cases, fieldRecords } from "../db/schema";
import { pullRecords } from "../sync/pull-records";
import { pushRecords } from "../sync/push-records";
import { buildFinalRecord, pushEnvelope, storeAttachmentsOf } from "../sync/sync-test-world";
import { decideRecord } from "./decide-record";
import { getReviewRecord } from "./get-review-record";
import { listReviewQueue } from "./list-review-queue";
import { ADMIN, FOREIGN_LEADER, FOREIGN_SUPERVISOR, LEADER, SUPERVISOR, seedReviewWorld } from "./review-test-world";

const APPROVE: ReviewDecision = { decision: "approve" };
const RETURN: ReviewDecision = { decision: "return", reason: { category: "thieu_thong_tin", text: "Thiếu số thửa và tờ bản đồ của thửa đất" } };

describe.each(testDatabases)("review on $name", (target) => {
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

  async function submitted(extra: Partial<Parameters<typeof buildFinalRecord>[0]> = {}): Promise<FieldRecord> {
    const record = await buildFinalRecord({ caseId: myCases[0] ?? "", authorId: officer.id, ...extra });
    await storeAttachmentsOf(handle.db, [record], officer.id);
    const [result] = (await pushRecords(handle.db, officer, pushEnvelope([record]))).results;
    expect(result?.status).toBe("applied");
    return record;
  }

  async function revisionOf(original: FieldRecord, note = "Bổ sung số thửa"): Promise<FieldRecord> {
    const revision = await buildFinalRecord({ caseId: original.caseId, authorId: original.authorId, note });
    const withLink = { ...revision, revisionOf: original.id, contentHash: null };
    return { ...withLink, contentHash: await computeContentHash(withLink) };
  }

  async function stateOf(id: string) {
    const [row] = await handle.db.select({ state: fieldRecords.reviewState, supersededBy: fieldRecords.supersededBy, seq: fieldRecords.serverSeq }).from(fieldRecords).where(eq(fieldRecords.id, id));
    return row;
  }

  test("every illegal transition is a 409 and changes nothing", async () => {
    const approved = await submitted();
    await decideRecord(handle.db, SUPERVISOR, approved.id, APPROVE);
    const returned = await submitted();
    await decideRecord(handle.db, SUPERVISOR, returned.id, RETURN);
    const superseded = await submitted();
    await pushRecords(handle.db, officer, pushEnvelope([await revisionOf(superseded)]));
    expect((await stateOf(superseded.id))?.state).toBe("superseded");

    for (const [record, state] of [[approved, "approved"], [returned, "returned"], [superseded, "superseded"]] as const) {
      const before = await stateOf(record.id);
      for (const decision of [APPROVE, RETURN]) expect(await statusOf(decideRecord(handle.db, SUPERVISOR, record.id, decision)), `${state} → ${decision.decision}`).toBe(409);
      expect(await stateOf(record.id)).toEqual(before);
    }
  });

  test("unknown record 404; another office's head, a leader and an admin 403", async () => {
    const record = await submitted();
    expect(await statusOf(decideRecord(handle.db, SUPERVISOR, "0190d7a2-0000-7000-8000-00000000dead", APPROVE))).toBe(404);
    for (const user of [FOREIGN_SUPERVISOR, LEADER, ADMIN, officer]) expect(await statusOf(decideRecord(handle.db, user, record.id, APPROVE)), user.username).toBe(403);
    expect((await stateOf(record.id))?.state).toBe("submitted");
    expect(await statusOf(decideRecord(handle.db, SUPERVISOR, record.id, APPROVE))).toBe(200);
  });

  test("a return reaches the officer's next pull with its reason; the revision supersedes it; an approval reaches it too", async () => {
    const record = await submitted();
    const since = (await stateOf(record.id))?.seq ?? 0;
    const decided = await decideRecord(handle.db, SUPERVISOR, record.id, RETURN);
    expect(decided).toMatchObject({ id: record.id, reviewState: "returned" });
    expect(decided.serverSeq).toBeGreaterThan(since);
    const pulled = await pullRecords(handle.db, officer, { since, limit: 50 });
    expect(pulled.records.find((entry) => entry.id === record.id)).toMatchObject({ reviewState: "returned", review: { reason: RETURN.decision === "return" ? RETURN.reason : null } });

    const revision = await revisionOf(record);
    const [result] = (await pushRecords(handle.db, officer, pushEnvelope([revision]))).results;
    expect(result?.status).toBe("applied");
    expect(await stateOf(record.id)).toMatchObject({ state: "superseded", supersededBy: revision.id });
    const afterRevision = await pullRecords(handle.db, officer, { since: decided.serverSeq, limit: 50 });
    expect(afterRevision.records.map((entry) => [entry.id, entry.reviewState])).toEqual([
      [revision.id, "submitted"],
      [record.id, "superseded"],
    ]);

    await decideRecord(handle.db, SUPERVISOR, revision.id, APPROVE);
    const afterApproval = await pullRecords(handle.db, officer, { since: afterRevision.recordsSince, limit: 50 });
    expect(afterApproval.records).toMatchObject([{ id: revision.id, reviewState: "approved", review: { reason: null } }]);
  });

  test("a revision of an approved record, or a second revision of one record, is rejected and kept off the server", async () => {
    const approved = await submitted();
    await decideRecord(handle.db, SUPERVISOR, approved.id, APPROVE);
    const [late] = (await pushRecords(handle.db, officer, pushEnvelope([await revisionOf(approved)]))).results;
    expect(late).toMatchObject({ status: "rejected", reason: "review_state" });

    const original = await submitted();
    const first = await revisionOf(original, "Bản sửa 1");
    const second = await revisionOf(original, "Bản sửa 2");
    const results = (await pushRecords(handle.db, officer, pushEnvelope([first, second]))).results;
    expect(results.map((entry) => entry.status)).toEqual(["applied", "rejected"]);
    expect((await stateOf(original.id))?.supersededBy).toBe(first.id);
    expect(await stateOf(second.id)).toBeUndefined();
  });

  test("the record view: intact hash, the diff against the previous revision, timings, the chain, and each view audited", async () => {
    const original = await submitted();
    await decideRecord(handle.db, SUPERVISOR, original.id, RETURN);
    const revision = await revisionOf(original, "Đã bổ sung số thửa 123, tờ bản đồ 45");
    await pushRecords(handle.db, officer, pushEnvelope([revision]));

    const view = ReviewRecordViewSchema.parse(await getReviewRecord(handle.db, SUPERVISOR, revision.id));
    expect(view.integrity.isIntact).toBe(true);
    expect(view.integrity.computedHash).toBe(revision.contentHash);
    expect(view.canDecide).toBe(true);
    expect(view.revisions.map((link) => [link.id, link.reviewState])).toEqual([
      [original.id, "superseded"],
      [revision.id, "submitted"],
    ]);
    expect(view.previous?.id).toBe(original.id);
    expect(view.previous?.changes).toContainEqual({ path: "locationNote", kind: "changed", before: null, after: "Đã bổ sung số thửa 123, tờ bản đồ 45" });
    expect(view.previous?.changes.map((change) => change.path)).not.toContain("id");
    expect(view.timing).toMatchObject({ capturedAt: revision.capturedAt, isInFuture: false });
    const views = view.audit.filter((entry) => entry.action === "record.view");
    expect(views).toHaveLength(1);
    expect(views[0]?.actor?.id).toBe(SUPERVISOR.id);
    expect(view.audit.map((entry) => entry.action)).toEqual(["record.submit", "record.view"]);

    const originalView = ReviewRecordViewSchema.parse(await getReviewRecord(handle.db, LEADER, original.id));
    expect(originalView.canDecide).toBe(false);
    expect(originalView.reviews).toMatchObject([{ decision: "return", reason: { category: "thieu_thong_tin" }, decidedBy: { id: SUPERVISOR.id } }]);
    expect(originalView.audit.map((entry) => entry.action)).toEqual(["record.submit", "record.return", "record.supersede", "record.view"]);
    for (const outsider of [FOREIGN_SUPERVISOR, FOREIGN_LEADER]) expect(await statusOf(getReviewRecord(handle.db, outsider, original.id))).toBe(403);
  });

  test("a row edited in the database reads « Không khớp »", async () => {
    const record = await submitted();
    await handle.db.execute(sql`UPDATE field_records SET payload = jsonb_set(payload, '{locationNote}', '"sửa trong CSDL"') WHERE id = ${record.id}`);
    const view = await getReviewRecord(handle.db, SUPERVISOR, record.id);
    expect(view.integrity.isIntact).toBe(false);
    expect(view.integrity.storedHash).toBe(record.contentHash);
  });

  test("approving a verification that concludes « chưa có điều kiện » on a case being enforced puts the case on « cần ra quyết định »", async () => {
    const typed = { type: "xac_minh" as const, payload: buildVerificationPayload({ conclusion: { conclusion: "chua_co_dieu_kien", ground: "a" } }) };
    const record = await submitted({ typed, caseId: myCases[1] ?? "" });
    const agreeing = await submitted({ typed: { type: "xac_minh", payload: buildVerificationPayload() }, caseId: myCases[2] ?? "" });
    await decideRecord(handle.db, SUPERVISOR, record.id, APPROVE);
    await decideRecord(handle.db, SUPERVISOR, agreeing.id, APPROVE);
    const queue = await listReviewQueue(handle.db, SUPERVISOR, { page: 1, pageSize: 50 });
    expect(queue.decisionsNeeded).toMatchObject([{ caseId: myCases[1], recordId: record.id, kind: "xac_dinh_chua_co_dieu_kien", caseStatus: "dang_thi_hanh" }]);
    expect((await getReviewRecord(handle.db, SUPERVISOR, record.id)).headDecision).toBe("xac_dinh_chua_co_dieu_kien");
    const [caseRow] = await handle.db.select({ status: cases.status }).from(cases).where(eq(cases.id, myCases[1] ?? ""));
    expect(caseRow?.status).toBe("dang_thi_hanh"); // only the head's decision changes the case
  });

  test("the queue: the office for its head, the province for the leader, nothing for another office; counts and filters", async () => {
    const waiting = await submitted();
    const mine = ReviewQueueResponseSchema.parse(await listReviewQueue(handle.db, SUPERVISOR, { state: "submitted", page: 1, pageSize: 200 }));
    expect(mine.items.map((item) => item.id)).toContain(waiting.id);
    expect(mine.items.every((item) => item.reviewState === "submitted")).toBe(true);
    expect(mine.total).toBe(mine.counts.submitted);
    expect(mine.canDecide).toBe(true);
    const all = await listReviewQueue(handle.db, SUPERVISOR, { page: 1, pageSize: 200 });
    const [{ n } = { n: 0 }] = await handle.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(fieldRecords);
    expect(all.total).toBe(n);
    expect(all.counts.submitted + all.counts.approved + all.counts.returned + all.counts.superseded).toBe(n);
    expect(all.officers).toEqual([{ id: officer.id, name: officer.name }]);

    const leader = await listReviewQueue(handle.db, LEADER, { page: 1, pageSize: 200 });
    expect(leader.total).toBe(n);
    expect(leader.canDecide).toBe(false);
    for (const outsider of [FOREIGN_SUPERVISOR, FOREIGN_LEADER]) expect((await listReviewQueue(handle.db, outsider, { page: 1, pageSize: 200 })).total).toBe(0);

    const verifications = await listReviewQueue(handle.db, SUPERVISOR, { type: "xac_minh", page: 1, pageSize: 200 });
    expect(verifications.items.length).toBeGreaterThan(0);
    expect(verifications.items.every((item) => item.type === "xac_minh")).toBe(true);
    expect((await listReviewQueue(handle.db, SUPERVISOR, { officerId: LEADER.id, page: 1, pageSize: 200 })).total).toBe(0);

    const today = await listReviewQueue(handle.db, SUPERVISOR, { overdue: true, page: 1, pageSize: 200 });
    expect(today.total).toBe(0);
    const inAMonth = new Date(Date.now() + 30 * 86_400_000);
    const later = await listReviewQueue(handle.db, SUPERVISOR, { overdue: true, page: 1, pageSize: 200 }, inAMonth);
    expect(later.total).toBe(later.counts.submitted);
    expect(later.items.every((item) => item.isOverdue && item.reviewState === "submitted")).toBe(true);
  });

  test("every decision and arrival is on the audit chain", async () => {
    const entries = await handle.db.select({ action: auditLog.action }).from(auditLog);
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of ["record.submit", "record.approve", "record.return", "record.supersede", "record.view"]) expect(actions).toContain(action);
  });
});

test("the schema's return categories are the domain's", async () => {
  const { recordReviews } = await import("../db/schema");
  const { ReturnCategorySchema } = await import("@/lib/domain/review/review-schemas");
  expect(recordReviews.reasonCategory.enumValues).toEqual(ReturnCategorySchema.options);
});
