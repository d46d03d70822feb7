import "client-only";
import type { FieldDatabase } from "./field-database";

/**
 * Puts a refused outbox entry back in the queue (the officer's *Thử gửi lại*): useful when the refusal was
 * about the moment — a case not yet assigned on the server, an image that failed to upload — not the content.
 */
export async function retryOutboxEntry(db: FieldDatabase, seq: number): Promise<boolean> {
  return db.transaction("rw", db.outbox, db.records, async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.state === "pending") return false;
    await db.outbox.update(seq, { state: "pending" });
    await db.records.update(entry.recordId, { sync: { state: "pending" } });
    return true;
  });
}
