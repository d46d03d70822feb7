"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { fieldDatabase, type LocalCase, type LocalRecord } from "@/lib/client/db/field-database";

export interface OwnRecord {
  record: LocalRecord;
  held: LocalCase | null; // the case may have been unassigned since; the record is still the officer's
}

/** A record by id if the signed-in user wrote it (undefined while reading, null when not theirs or absent). */
export function useOwnRecord(recordId: string, userId: string): OwnRecord | null | undefined {
  return useLiveQuery(async () => {
    const db = fieldDatabase();
    const record = await db.records.get(recordId);
    if (!record || record.authorId !== userId) return null;
    const held = (await db.cases.get(record.caseId)) ?? null;
    return { record, held: held?.heldBy === userId ? held : null };
  }, [recordId, userId]);
}
