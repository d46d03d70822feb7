import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { ReviewRecordView } from "@/lib/domain/api/review";
import { canonicalJson } from "@/lib/domain/canonical-json";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import { JsonObjectSchema, type JsonObject } from "@/lib/domain/json";
import { captureTiming } from "@/lib/domain/review/capture-timing";
import { diffRecords } from "@/lib/domain/review/record-diff";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import { entityAuditTrail } from "../audit/entity-audit-trail";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { cases, decisionsNeeded, fieldRecords, recordReviews, units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import { recordChain } from "./record-chain";
import { canDecideFor } from "./review-scope";

/**
 * The SHA-256 of the stored record as the device hashed it (contentHashInput: the record with its hash field
 * emptied, in canonical JSON). Computed on whatever JSON the row holds, so an edited row gives another hash
 * instead of failing to parse.
 */
function storedContentHash(payload: JsonObject): string {
  return createHash("sha256").update(canonicalJson({ ...payload, contentHash: null })).digest("hex");
}

/**
 * GET /api/review/records/{id}: everything a reviewer checks. Reading an officer's record is reading the parties'
 * personal data (NĐ 13/2023), so each view by someone other than its author is an audit entry, written before
 * the trail is read (the trail shows this view too).
 */
export async function getReviewRecord(db: Db, user: SessionUser, recordId: string): Promise<ReviewRecordView> {
  const [row] = await db
    .select({ record: fieldRecords, caseRow: cases, authorName: users.displayName, unitName: units.name })
    .from(fieldRecords)
    .innerJoin(cases, eq(cases.id, fieldRecords.caseId))
    .innerJoin(users, eq(users.id, fieldRecords.authorId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(eq(fieldRecords.id, recordId));
  if (!row) throw new AppError("not_found", { detail: "Không tìm thấy biên bản" });
  const [inScope] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, row.caseRow.id), caseScopeCondition(db, user)));
  if (!inScope) throw new AppError("forbidden", { detail: "Biên bản thuộc hồ sơ ngoài phạm vi bạn phụ trách" });

  const { record, caseRow } = row;
  if (user.id !== record.authorId) {
    await appendAudit(db, { actorId: user.id, action: "record.view", entityType: "field_record", entityId: record.id, detail: { role: user.role } });
  }
  const payload = JsonObjectSchema.parse(record.payload);
  const chain = await recordChain(db, record);
  const previousLink = record.revisionOf ? chain.find((link) => link.id === record.revisionOf) : undefined;
  const previousPayload = previousLink ? JsonObjectSchema.safeParse(previousLink.payload) : null;
  const computedHash = storedContentHash(payload);
  const [openDecision] = await db
    .select({ kind: decisionsNeeded.kind })
    .from(decisionsNeeded)
    .where(and(eq(decisionsNeeded.recordId, record.id), isNull(decisionsNeeded.resolvedAt)));

  return {
    record: payload,
    author: { id: record.authorId, name: row.authorName },
    case: {
      id: caseRow.id,
      decisionNumber: caseRow.decisionNumber,
      debtorName: partyNameOf(caseRow.debtor),
      status: CaseStatusSchema.parse(caseRow.status),
      unitName: row.unitName,
    },
    serverSeq: record.serverSeq,
    reviewState: record.reviewState,
    supersededBy: record.supersededBy,
    canDecide: canDecideFor(user, caseRow.unitId) && record.reviewState === "submitted",
    // The capture time as the device reported it (its offset included), against the server's receipt time.
    timing: captureTiming(typeof payload.capturedAt === "string" ? payload.capturedAt : record.capturedAt.toISOString(), record.receivedAt.toISOString()),
    integrity: { isIntact: computedHash === record.contentHash, storedHash: record.contentHash ?? computedHash, computedHash },
    reviews: await reviewHistory(db, record.id),
    revisions: chain.map((link) => ({ id: link.id, receivedAt: link.receivedAt.toISOString(), reviewState: link.reviewState })),
    previous: previousLink && previousPayload?.success ? { id: previousLink.id, changes: diffRecords(previousPayload.data, payload) } : null,
    headDecision: openDecision?.kind ?? null,
    audit: await entityAuditTrail(db, "field_record", record.id),
  };
}

function partyNameOf(party: unknown): string {
  const parsed = JsonObjectSchema.safeParse(party);
  if (!parsed.success) return "";
  const name = parsed.data.fullName ?? parsed.data.name;
  return typeof name === "string" ? name : "";
}

async function reviewHistory(db: Db, recordId: string): Promise<ReviewRecordView["reviews"]> {
  const rows = await db
    .select({ review: recordReviews, name: users.displayName })
    .from(recordReviews)
    .innerJoin(users, eq(users.id, recordReviews.decidedBy))
    .where(eq(recordReviews.recordId, recordId))
    .orderBy(asc(recordReviews.id));
  return rows.map(({ review, name }) => ({
    decision: review.decision,
    reason: review.decision === "return" && review.reasonCategory && review.reasonText ? { category: review.reasonCategory, text: review.reasonText } : null,
    decidedBy: { id: review.decidedBy, name },
    decidedAt: review.decidedAt.toISOString(),
  }));
}
