import "client-only";
import { VN_WORKING_CALENDAR } from "@/lib/domain/deadlines/holiday-calendar";
import { indexWorkingCalendar, type WorkingCalendar } from "@/lib/domain/deadlines/working-calendar";
import type { ReferenceData } from "@/lib/domain/sync-protocol";
import type { FieldDatabase } from "./field-database";

const key = (userId: string) => `reference:${userId}`;

export async function saveReferenceData(db: FieldDatabase, userId: string, reference: ReferenceData): Promise<void> {
  await db.meta.put({ key: key(userId), value: reference });
}

/**
 * The reference data as the server sent it last, checked again (it may come from an older version of the app),
 * or null. A calendar that does not hold together (the same year twice) is dropped: the deadlines then use the
 * built-in one — a bad calendar from the server must not stop the officer's work.
 */
export async function readReferenceData(db: FieldDatabase, userId: string): Promise<ReferenceData | null> {
  const stored: unknown = (await db.meta.get(key(userId)))?.value;
  if (stored === undefined) return null;
  // The schemas (and zod) load only when there is something to check (issue #7: the case list's first load).
  const [{ ReferenceDataSchema }, { CalendarYearsSchema }] = await Promise.all([
    import("@/lib/domain/sync-protocol"),
    import("@/lib/domain/deadlines/working-calendar-schemas"),
  ]);
  const parsed = ReferenceDataSchema.safeParse(stored);
  if (!parsed.success) return null;
  const years = parsed.data.calendarYears;
  return years.length === 0 || CalendarYearsSchema.safeParse(years).success ? parsed.data : { ...parsed.data, calendarYears: [] };
}

/**
 * The working-day calendar the deadlines use: the one the server sent last (so a newly published year of
 * holidays reaches the phone without an app update), else the one built into the app.
 */
export function calendarOf(reference: ReferenceData | null | undefined): WorkingCalendar {
  if (!reference || reference.calendarYears.length === 0) return VN_WORKING_CALENDAR;
  return indexWorkingCalendar(reference.calendarYears); // validated by readReferenceData
}
