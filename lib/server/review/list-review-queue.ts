import "server-only";
import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { ReviewCounts, ReviewQueueQuery, ReviewQueueResponse } from "@/lib/domain/api/review";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import { addDays, localDateOf } from "@/lib/domain/dates";
import { captureTiming } from "@/lib/domain/review/capture-timing";
import { lastOverdueReceiptDate, reviewDueDate } from "@/lib/domain/review/review-due";
import { ReviewStateSchema } from "@/lib/domain/review/review-schemas";
import type { SessionUser } from "@/lib/domain/users";
import { env } from "@/lib/env";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { cases, decisionsNeeded, fieldRecords, users } from "../db/schema";

/** The start of a Vietnam calendar day as an instant (UTC+7 all year: Vietnam has no daylight saving). */
function startOfVietnamDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

const partyName = sql<string>`coalesce(${cases.debtor}->>'fullName', ${cases.debtor}->>'name', '')`;

/** GET /api/review/queue: the records of the caller's scope, oldest receipt first, with counts and the « cần ra quyết định » list. */
export async function listReviewQueue(db: Db, user: SessionUser, query: ReviewQueueQuery, now: Date = new Date()): Promise<ReviewQueueResponse> {
  const today = localDateOf(now.toISOString());
  const dueDays = env.REVIEW_DUE_WORKING_DAYS;
  const overdueBefore = startOfVietnamDay(addDays(lastOverdueReceiptDate(today, dueDays), 1));
  const isOverdue = and(eq(fieldRecords.reviewState, "submitted"), lt(fieldRecords.receivedAt, overdueBefore));
  const scope = and(
    caseScopeCondition(db, user),
    query.type ? eq(fieldRecords.type, query.type) : undefined,
    query.officerId ? eq(fieldRecords.authorId, query.officerId) : undefined,
    query.from ? gte(fieldRecords.receivedAt, startOfVietnamDay(query.from)) : undefined,
    query.to ? lt(fieldRecords.receivedAt, startOfVietnamDay(addDays(query.to, 1))) : undefined,
    query.overdue === true ? isOverdue : query.overdue === false ? sql`not (${isOverdue})` : undefined,
  );
  const where = and(scope, query.state ? eq(fieldRecords.reviewState, query.state) : undefined);

  const rows = await db
    .select({
      id: fieldRecords.id,
      type: fieldRecords.type,
      caseId: fieldRecords.caseId,
      caseDecisionNumber: cases.decisionNumber,
      debtorName: partyName,
      authorId: users.id,
      authorName: users.displayName,
      capturedAt: fieldRecords.capturedAt,
      receivedAt: fieldRecords.receivedAt,
      reviewState: fieldRecords.reviewState,
      revisionOf: fieldRecords.revisionOf,
    })
    .from(fieldRecords)
    .innerJoin(cases, eq(cases.id, fieldRecords.caseId))
    .innerJoin(users, eq(users.id, fieldRecords.authorId))
    .where(where)
    .orderBy(asc(fieldRecords.receivedAt), asc(fieldRecords.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [totalRow] = await db.select({ n: count() }).from(fieldRecords).innerJoin(cases, eq(cases.id, fieldRecords.caseId)).where(where);

  return {
    items: rows.map((row) => {
      const receivedAt = row.receivedAt.toISOString();
      const capturedAt = row.capturedAt.toISOString();
      const timing = captureTiming(capturedAt, receivedAt);
      const dueDate = reviewDueDate(localDateOf(receivedAt), dueDays);
      return {
        id: row.id,
        type: row.type,
        caseId: row.caseId,
        caseDecisionNumber: row.caseDecisionNumber,
        debtorName: row.debtorName,
        author: { id: row.authorId, name: row.authorName },
        capturedAt,
        receivedAt,
        reviewState: row.reviewState,
        revisionOf: row.revisionOf,
        dueDate,
        isOverdue: row.reviewState === "submitted" && dueDate < today,
        isLateSync: timing.isLate,
        isCaptureInFuture: timing.isInFuture,
      };
    }),
    total: totalRow?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    counts: await countByState(db, scope, isOverdue),
    officers: await officersOfScope(db, user),
    decisionsNeeded: await openDecisionsNeeded(db, user),
    canDecide: user.role === "supervisor",
  };
}

async function countByState(db: Db, scope: SQL | undefined, isOverdue: SQL | undefined): Promise<ReviewCounts> {
  const rows = await db
    .select({ state: fieldRecords.reviewState, n: count(), overdue: sql<number>`count(*) filter (where ${isOverdue})`.mapWith(Number) })
    .from(fieldRecords)
    .innerJoin(cases, eq(cases.id, fieldRecords.caseId))
    .where(scope)
    .groupBy(fieldRecords.reviewState);
  const counts: ReviewCounts = { submitted: 0, approved: 0, returned: 0, superseded: 0, overdue: 0 };
  for (const row of rows) {
    counts[ReviewStateSchema.parse(row.state)] = row.n;
    counts.overdue += row.overdue;
  }
  return counts;
}

async function officersOfScope(db: Db, user: SessionUser): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(fieldRecords)
    .innerJoin(cases, eq(cases.id, fieldRecords.caseId))
    .innerJoin(users, eq(users.id, fieldRecords.authorId))
    .where(caseScopeCondition(db, user));
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

async function openDecisionsNeeded(db: Db, user: SessionUser): Promise<ReviewQueueResponse["decisionsNeeded"]> {
  const rows = await db
    .select({
      caseId: cases.id,
      caseDecisionNumber: cases.decisionNumber,
      debtorName: partyName,
      caseStatus: cases.status,
      recordId: decisionsNeeded.recordId,
      kind: decisionsNeeded.kind,
      since: decisionsNeeded.createdAt,
    })
    .from(decisionsNeeded)
    .innerJoin(cases, eq(cases.id, decisionsNeeded.caseId))
    .where(and(caseScopeCondition(db, user), isNull(decisionsNeeded.resolvedAt)))
    .orderBy(desc(decisionsNeeded.createdAt))
    .limit(200);
  return rows.map((row) => ({ ...row, caseStatus: CaseStatusSchema.parse(row.caseStatus), since: row.since.toISOString() }));
}
