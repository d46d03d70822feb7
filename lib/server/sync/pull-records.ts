import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { PullQuery, PullResponse } from "@/lib/domain/sync-protocol";
import type { PulledRecord } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { fieldRecords, recordReviews } from "../db/schema";

export type PullRecordsPage = Pick<PullResponse, "records" | "recordsSince" | "recordsHaveMore">;

/**
 * One page of the record stream: the caller's own records with server_seq above `since`, in server_seq order
 * (index field_records_author_seq_idx). A record comes again whenever it changes for its author — a review
 * decision or a revision replacing it gives it a new server_seq — carrying its review state and latest decision.
 * No row committed late is skipped, because server_seq is taken under a lock held until commit (server-seq.ts).
 * The next mark is the last seq sent, or `since` itself when nothing is new.
 */
export async function pullRecords(db: Db, user: SessionUser, query: Pick<PullQuery, "since" | "limit">): Promise<PullRecordsPage> {
  const rows = await db
    .select({
      id: fieldRecords.id,
      caseId: fieldRecords.caseId,
      type: fieldRecords.type,
      contentHash: fieldRecords.contentHash,
      serverSeq: fieldRecords.serverSeq,
      receivedAt: fieldRecords.receivedAt,
      reviewState: fieldRecords.reviewState,
      supersededBy: fieldRecords.supersededBy,
    })
    .from(fieldRecords)
    .where(and(eq(fieldRecords.authorId, user.id), gt(fieldRecords.serverSeq, query.since)))
    .orderBy(asc(fieldRecords.serverSeq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const latest = await latestDecisions(db, page.filter((row) => row.reviewState !== "submitted").map((row) => row.id));
  return {
    records: page.map((row) => toPulledRecord(row, latest.get(row.id) ?? null)),
    recordsSince: page.at(-1)?.serverSeq ?? query.since,
    recordsHaveMore: rows.length > query.limit,
  };
}

async function latestDecisions(db: Db, recordIds: string[]): Promise<Map<string, NonNullable<PulledRecord["review"]>>> {
  if (recordIds.length === 0) return new Map();
  const reviews = await db.select().from(recordReviews).where(inArray(recordReviews.recordId, recordIds)).orderBy(asc(recordReviews.id));
  const latest = new Map<string, NonNullable<PulledRecord["review"]>>();
  for (const review of reviews) {
    const reason = review.decision === "return" && review.reasonCategory && review.reasonText ? { category: review.reasonCategory, text: review.reasonText } : null;
    latest.set(review.recordId, { decidedAt: review.decidedAt.toISOString(), reason });
  }
  return latest;
}

type PulledRow = Omit<PulledRecord, "contentHash" | "receivedAt" | "review"> & { contentHash: string | null; receivedAt: Date };

function toPulledRecord(row: PulledRow, review: PulledRecord["review"]): PulledRecord {
  // Only final records reach field_records (push refuses drafts), and a final record always has its hash.
  if (row.contentHash === null) throw new Error(`field record ${row.id} has no content hash`);
  return { ...row, contentHash: row.contentHash, receivedAt: row.receivedAt.toISOString(), review };
}
