import "server-only";
import { inArray } from "drizzle-orm";
import type { ReviewState } from "@/lib/domain/review/review-state";
import type { Db } from "../db/client";
import { fieldRecords } from "../db/schema";

export interface ChainLink {
  id: string;
  receivedAt: Date;
  reviewState: ReviewState;
  revisionOf: string | null;
  supersededBy: string | null;
  payload: unknown;
}

// A chain is a handful of corrections at most; the bound stops a cycle written by hand in the database.
const MAX_CHAIN = 50;

async function linksByIds(db: Db, ids: string[]): Promise<ChainLink[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: fieldRecords.id, receivedAt: fieldRecords.receivedAt, reviewState: fieldRecords.reviewState, revisionOf: fieldRecords.revisionOf, supersededBy: fieldRecords.supersededBy, payload: fieldRecords.payload })
    .from(fieldRecords)
    .where(inArray(fieldRecords.id, ids));
}

/** The revision chain a record belongs to, oldest first: what it revised, back to the original, and what replaced it. */
export async function recordChain(db: Db, record: ChainLink): Promise<ChainLink[]> {
  const before: ChainLink[] = [];
  const seen = new Set([record.id]);
  for (let link = record; link.revisionOf && before.length < MAX_CHAIN; ) {
    const [previous] = await linksByIds(db, [link.revisionOf]);
    if (!previous || seen.has(previous.id)) break;
    seen.add(previous.id);
    before.unshift(previous);
    link = previous;
  }
  const after: ChainLink[] = [];
  for (let link = record; link.supersededBy && after.length < MAX_CHAIN; ) {
    const [next] = await linksByIds(db, [link.supersededBy]);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    after.push(next);
    link = next;
  }
  return [...before, record, ...after];
}
