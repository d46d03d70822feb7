import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { PullQuery, PullResponse } from "@/lib/domain/sync-protocol";
import type { PulledRecord } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { fieldRecords } from "../db/schema";

export type PullRecordsPage = Pick<PullResponse, "records" | "recordsSince" | "recordsHaveMore">;

/**
 * One page of the record stream: the caller's own records with server_seq above `since`, in server_seq order
 * (index field_records_author_seq_idx). No row committed late is skipped, because server_seq is taken under a
 * lock held until commit (server-seq.ts). The next mark is the last seq sent, or `since` itself when nothing is new.
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
    })
    .from(fieldRecords)
    .where(and(eq(fieldRecords.authorId, user.id), gt(fieldRecords.serverSeq, query.since)))
    .orderBy(asc(fieldRecords.serverSeq))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    records: page.map(toPulledRecord),
    recordsSince: page.at(-1)?.serverSeq ?? query.since,
    recordsHaveMore: rows.length > query.limit,
  };
}

function toPulledRecord(row: { id: string; caseId: string; type: PulledRecord["type"]; contentHash: string | null; serverSeq: number; receivedAt: Date }): PulledRecord {
  // Only final records reach field_records (push refuses drafts), and a final record always has its hash.
  if (row.contentHash === null) throw new Error(`field record ${row.id} has no content hash`);
  return {
    id: row.id,
    caseId: row.caseId,
    type: row.type,
    contentHash: row.contentHash,
    serverSeq: row.serverSeq,
    receivedAt: row.receivedAt.toISOString(),
    reviewState: "submitted", // approved / returned come with review (issue #5)
  };
}
