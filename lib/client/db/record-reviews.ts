import "client-only";
import type { FieldDatabase, LocalRecord } from "./field-database";

/** A returned biên bản still waiting for the officer's correction, with its case's decision number if held. */
export interface ReturnedRecord {
  record: LocalRecord;
  decisionNumber: string | null; // null when the case is no longer assigned to the officer (the record stays)
}

/** The officer's own revisions (drafts or final) of any of `recordIds`. */
async function revisionsOf(db: FieldDatabase, userId: string, recordIds: readonly string[]): Promise<LocalRecord[]> {
  if (recordIds.length === 0) return [];
  return db.records
    .where("revisionOf")
    .anyOf([...recordIds])
    .filter((record) => record.authorId === userId)
    .toArray();
}

/**
 * The officer's records the head returned and that have no revision on the device yet — the work the home
 * puts first (issue #5). Latest decision first. Once a revision exists (even a draft) the record leaves the
 * list: the officer has started on it, and the draft is found from the case or the returned record's page.
 */
export async function listReturnedRecords(db: FieldDatabase, userId: string): Promise<ReturnedRecord[]> {
  const returned = await db.records.where("[authorId+review.state]").equals([userId, "returned"]).toArray();
  const revised = new Set((await revisionsOf(db, userId, returned.map((record) => record.id))).map((revision) => revision.revisionOf));
  const open = returned
    .filter((record) => !revised.has(record.id))
    .sort((a, b) => (b.review?.decidedAt ?? "").localeCompare(a.review?.decidedAt ?? ""));
  const cases = await db.cases.bulkGet(open.map((record) => record.caseId));
  return open.map((record, index) => {
    const held = cases[index];
    return { record, decisionNumber: held?.heldBy === userId ? held.detail.case.decisionNumber : null };
  });
}

/**
 * The version that replaces `record` on this device, if any: the record the server says superseded it, else
 * the officer's newest local revision of it (a draft being corrected, or one not yet sent). Null when none is
 * on the device — made on another phone, or discarded.
 */
export async function findNewerVersion(db: FieldDatabase, record: LocalRecord): Promise<LocalRecord | null> {
  const supersededBy = record.review?.supersededBy;
  if (supersededBy) {
    const newer = await db.records.get(supersededBy);
    if (newer?.authorId === record.authorId) return newer;
  }
  const revisions = await revisionsOf(db, record.authorId, [record.id]);
  return revisions.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** The record a revision corrects, if it is the same officer's and still on the device. */
export async function findRevisedRecord(db: FieldDatabase, revision: LocalRecord): Promise<LocalRecord | null> {
  if (!revision.revisionOf) return null;
  const original = await db.records.get(revision.revisionOf);
  return original?.authorId === revision.authorId ? original : null;
}
