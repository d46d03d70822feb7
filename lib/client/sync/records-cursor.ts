import "client-only";
import type { FieldDatabase } from "../db/field-database";

// The device's place in the record stream of the pull: the last `serverSeq` it applied, per user.
const sinceKey = (userId: string) => `recordsSince:${userId}`;

export async function readRecordsSince(db: FieldDatabase, userId: string): Promise<number> {
  const entry = await db.meta.get(sinceKey(userId));
  return typeof entry?.value === "number" ? entry.value : 0;
}

/** Call inside a transaction that includes `db.meta`, with what it applied. */
export async function writeRecordsSince(db: FieldDatabase, userId: string, since: number): Promise<void> {
  await db.meta.put({ key: sinceKey(userId), value: since });
}

/**
 * Moves the cursor back so that the next pull brings the record at `serverSeq` again. Needed when the server
 * answers `duplicate`: it already had the record (an acknowledgement lost, a lockdown file imported), so a pull
 * in between may have passed it by while it was still pending here — and with it the head's decision, which
 * would otherwise never reach the phone. Re-reading records is harmless: applying one is idempotent.
 */
export async function rewindRecordsSince(db: FieldDatabase, userId: string, serverSeq: number): Promise<void> {
  if ((await readRecordsSince(db, userId)) >= serverSeq) await writeRecordsSince(db, userId, serverSeq - 1);
}
