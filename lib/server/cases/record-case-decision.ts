import "server-only";
import { desc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { LedgerWriteResponse } from "@/lib/domain/api/ledger";
import type { StatusEntry } from "@/lib/domain/case-status-schemas";
import { localDateOf } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import type { Db } from "../db/client";
import { cases, caseStatusEvents } from "../db/schema";
import { AppError } from "../http/app-error";
import { withRollup } from "../results/rollup/with-rollup";
import { lockCaseForHead } from "./lock-case-for-head";
import { settleDecisionsNeeded } from "./settle-decisions-needed";

/**
 * POST /api/cases/{id}/decisions: the head of the case's office records a decision. It appends to the status
 * history (never rewrites it), moves the case's current status, settles the matching « cần ra quyết định »
 * entries and writes an audit entry, in one transaction. A decision dated before the latest one or in the
 * future is refused: the history is in decision order (domain §2.4).
 */
export async function recordCaseDecision(db: Db, user: SessionUser, caseId: string, entry: StatusEntry, now: Date = new Date()): Promise<LedgerWriteResponse> {
  return db.transaction(async (tx) => {
    await lockCaseForHead(tx, user, caseId);
    const [latest] = await tx.select().from(caseStatusEvents).where(eq(caseStatusEvents.caseId, caseId)).orderBy(desc(caseStatusEvents.seq)).limit(1);
    if (entry.decisionDate > localDateOf(now.toISOString())) {
      throw new AppError("validation_failed", { errors: [{ path: "body.decisionDate", message: "Ngày quyết định không được sau hôm nay" }] });
    }
    if (latest && entry.decisionDate < latest.decisionDate) {
      throw new AppError("validation_failed", { errors: [{ path: "body.decisionDate", message: `Ngày quyết định không được trước quyết định gần nhất (${latest.decisionDate})` }] });
    }
    const seq = (latest?.seq ?? 0) + 1;
    await withRollup(tx, [caseId], async () => {
      await tx.insert(caseStatusEvents).values({ id: randomUUID(), caseId, seq, ...entry });
      await tx.update(cases).set({ status: entry.status, statusGround: entry.ground }).where(eq(cases.id, caseId));
    });
    const settled = await settleDecisionsNeeded(tx, [{ caseId, status: entry.status }]);
    await appendAudit(tx, { actorId: user.id, action: "case.decision", entityType: "case", entityId: caseId, detail: { seq, ...entry, settledRecords: settled } });
    return { caseId, status: entry.status, statusGround: entry.ground, seq, resolvedDecisionsNeeded: settled.length };
  });
}
