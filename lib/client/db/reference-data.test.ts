import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { VN_CALENDAR_YEARS, VN_WORKING_CALENDAR } from "@/lib/domain/deadlines/holiday-calendar";
import { isWorkingDay } from "@/lib/domain/deadlines/working-days";
import { type FieldDatabase, openFieldDatabase } from "./field-database";
import { calendarOf, readReferenceData, saveReferenceData } from "./reference-data";

let db: FieldDatabase;
beforeEach(async () => {
  db = openFieldDatabase(`reference-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const USER = "0a000000-0000-4000-8000-00000000000a";

test("the calendar the server sent is the one the deadlines use; without one, the built-in", async () => {
  expect(calendarOf(null)).toBe(VN_WORKING_CALENDAR);
  // A newly published decision: Friday 4/12/2026 off, made up on Saturday 12/12/2026.
  const year2026 = VN_CALENDAR_YEARS.find((entry) => entry.year === 2026);
  if (!year2026) throw new Error("2026 missing");
  const updated = VN_CALENDAR_YEARS.map((entry) =>
    entry.year === 2026 ? { ...entry, restDays: [...entry.restDays, "2026-12-04"], workingSaturdays: [...entry.workingSaturdays, "2026-12-12"] } : entry,
  );
  await saveReferenceData(db, USER, { units: [], calendarYears: updated });
  const calendar = calendarOf(await readReferenceData(db, USER));
  expect(isWorkingDay("2026-12-04", calendar)).toBe(false);
  expect(isWorkingDay("2026-12-12", calendar)).toBe(true);
  expect(isWorkingDay("2026-12-04", VN_WORKING_CALENDAR)).toBe(true);
});

test("a calendar that does not validate falls back to the built-in one", async () => {
  // A rest day on a Saturday: the year itself is wrong, so the stored reference data is refused.
  await db.meta.put({ key: `reference:${USER}`, value: { units: [], calendarYears: [{ year: 2026, source: "x", restDays: ["2026-12-05"], workingSaturdays: [] }] } });
  expect(calendarOf(await readReferenceData(db, USER))).toBe(VN_WORKING_CALENDAR);
  // Each year right but the same year twice: the units stay, the calendar is dropped.
  const year2026 = { year: 2026, source: "thử nghiệm", restDays: ["2026-12-04"], workingSaturdays: [] };
  await saveReferenceData(db, USER, { units: [], calendarYears: [year2026, year2026] });
  const read = await readReferenceData(db, USER);
  expect(read).toEqual({ units: [], calendarYears: [] });
  expect(calendarOf(read)).toBe(VN_WORKING_CALENDAR);
});
