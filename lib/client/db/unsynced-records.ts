import "client-only";
import type { FieldDatabase } from "./field-database";

/** A user's work on this device that the server has not received (what signing out must not forget silently). */
export interface UnsyncedCounts {
  pending: number; // finalized, waiting in the outbox to be sent
  refused: number; // finalized, refused by the server (rejected or conflict): to be revised and sent again
  drafts: number; // not finalized yet
}

export async function countUnsyncedRecords(db: FieldDatabase, userId: string): Promise<UnsyncedCounts> {
  return db.transaction("r", db.outbox, db.records, async () => {
    const outbox = await db.outbox.where("authorId").equals(userId).toArray();
    const drafts = await db.records.where("[authorId+state]").equals([userId, "draft"]).count();
    const pending = outbox.filter((entry) => entry.state === "pending").length;
    return { pending, refused: outbox.length - pending, drafts };
  });
}

/** Finalized records the server does not have: signing out is held back while there is any. */
export function unsyncedTotal(counts: UnsyncedCounts): number {
  return counts.pending + counts.refused;
}
