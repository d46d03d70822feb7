import "server-only";
import { sql } from "drizzle-orm";
import type { ReviewDecisionResponse } from "@/lib/domain/api/review";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import { VerificationConclusionSchema } from "@/lib/domain/records/verification";
import { headDecisionNeeded } from "@/lib/domain/review/head-decision";
import type { ReviewDecision } from "@/lib/domain/review/review-schemas";
import { reviewTransition, type ReviewState } from "@/lib/domain/review/review-state";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import { queryRows, type Db } from "../db/client";
import { decisionsNeeded, recordReviews } from "../db/schema";
import { AppError } from "../http/app-error";
import { lockServerSeq, nextServerSeq } from "../sync/server-seq";
import { assertCanDecide } from "./review-scope";

interface LockedRecord {
  id: string;
  type: string;
  review_state: ReviewState;
  case_id: string;
  case_unit_id: string;
  case_status: string;
  conclusion: unknown;
}

/**
 * POST /api/review/{recordId}: the head approves the record or returns it with a reason. One transaction: the
 * server_seq lock (the record gets a new seq, so its author's phones pull the decision), the row locked, the
 * state machine (409 on an illegal move), the review row, the « cần ra quyết định » entry when an approved
 * verification disagrees with the case, and the audit entry. Checks in order: unknown 404, not yours 403, 409.
 */
export async function decideRecord(db: Db, user: SessionUser, recordId: string, decision: ReviewDecision): Promise<ReviewDecisionResponse> {
  return db.transaction(async (tx) => {
    await lockServerSeq(tx);
    const [record] = await queryRows<LockedRecord>(
      tx,
      sql`SELECT f.id, f.type, f.review_state, c.id AS case_id, c.unit_id AS case_unit_id, c.status AS case_status, f.payload->'payload'->'conclusion' AS conclusion
        FROM field_records f JOIN cases c ON c.id = f.case_id WHERE f.id = ${recordId} FOR UPDATE OF f`,
    );
    if (!record) throw new AppError("not_found", { detail: "Không tìm thấy biên bản" });
    assertCanDecide(user, record.case_unit_id);
    const move = reviewTransition(record.review_state, decision.decision);
    if (!move.ok) throw new AppError("conflict", { detail: move.message });

    const [updated] = await queryRows<{ server_seq: string | number }>(
      tx,
      sql`UPDATE field_records SET review_state = ${move.to}, server_seq = ${nextServerSeq()} WHERE id = ${recordId} RETURNING server_seq`,
    );
    const reason = decision.decision === "return" ? decision.reason : null;
    const [review] = await tx
      .insert(recordReviews)
      .values({ recordId, decision: decision.decision, reasonCategory: reason?.category ?? null, reasonText: reason?.text ?? null, decidedBy: user.id })
      .returning({ decidedAt: recordReviews.decidedAt });
    const headDecision = decision.decision === "approve" ? headDecisionOf(record) : null;
    if (headDecision) await tx.insert(decisionsNeeded).values({ recordId, caseId: record.case_id, kind: headDecision }).onConflictDoNothing();
    await appendAudit(tx, {
      actorId: user.id,
      action: decision.decision === "approve" ? "record.approve" : "record.return",
      entityType: "field_record",
      entityId: recordId,
      detail: { from: record.review_state, to: move.to, reasonCategory: reason?.category, reasonText: reason?.text, headDecision: headDecision ?? undefined },
    });
    if (!updated || !review) throw new Error("decideRecord: the update returned nothing");
    return { id: recordId, reviewState: move.to, decidedAt: review.decidedAt.toISOString(), serverSeq: Number(updated.server_seq) };
  });
}

function headDecisionOf(record: LockedRecord) {
  if (record.type !== "xac_minh") return null;
  const conclusion = VerificationConclusionSchema.safeParse(record.conclusion);
  const status = CaseStatusSchema.safeParse(record.case_status);
  return conclusion.success && status.success ? headDecisionNeeded(conclusion.data, status.data) : null;
}
