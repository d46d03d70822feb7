import "client-only";
import { buildWorkingCalendar, type WorkingCalendar } from "@/lib/domain/deadlines/working-calendar";
import { VN_WORKING_CALENDAR } from "@/lib/domain/deadlines/holiday-calendar";
import { type ReferenceData, ReferenceDataSchema } from "@/lib/domain/sync-protocol";
import type { FieldDatabase } from "./field-database";

const key = (userId: string) => `reference:${userId}`;

export async function saveReferenceData(db: FieldDatabase, userId: string, reference: ReferenceData): Promise<void> {
  await db.meta.put({ key: key(userId), value: reference });
}

export async function readReferenceData(db: FieldDatabase, userId: string): Promise<ReferenceData | null> {
  const parsed = ReferenceDataSchema.safeParse((await db.meta.get(key(userId)))?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The working-day calendar the deadlines use: the one the server sent last (so a newly published year of
 * holidays reaches the phone without an app update), else the one built into the app.
 */
export function calendarOf(reference: ReferenceData | null | undefined): WorkingCalendar {
  if (!reference || reference.calendarYears.length === 0) return VN_WORKING_CALENDAR;
  try {
    return buildWorkingCalendar(reference.calendarYears);
  } catch {
    return VN_WORKING_CALENDAR; // a bad calendar from the server must not stop the officer's work
  }
}
