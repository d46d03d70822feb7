import { expect, test } from "vitest";
import { addDays, formatDateTimeVi, formatDateVi, isSameOrAfter, localDateOf, reportYearBounds, reportYearOf } from "./dates";
import { IsoDateSchema, IsoDateTimeSchema } from "./date-schemas";

test("rejects dates that do not exist on the calendar", () => {
  expect(IsoDateSchema.safeParse("2021-02-29").success).toBe(false);
  expect(IsoDateSchema.safeParse("2021-04-31").success).toBe(false);
  expect(IsoDateSchema.safeParse("2021-13-01").success).toBe(false);
  expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
});

test("dates must be written yyyy-mm-dd", () => {
  expect(IsoDateSchema.safeParse("2021-2-1").success).toBe(false);
  expect(IsoDateSchema.safeParse("01/02/2021").success).toBe(false);
});

test("instants must carry an offset", () => {
  expect(IsoDateTimeSchema.safeParse("2026-07-01T10:00:00+07:00").success).toBe(true);
  expect(IsoDateTimeSchema.safeParse("2026-07-01T03:00:00Z").success).toBe(true);
  expect(IsoDateTimeSchema.safeParse("2026-07-01T10:00:00").success).toBe(false);
});

test("the report year runs 1 October to 30 September and is named by its end", () => {
  expect(reportYearOf("2020-10-01")).toBe(2021);
  expect(reportYearOf("2021-09-30")).toBe(2021);
  expect(reportYearOf("2020-09-30")).toBe(2020);
  expect(reportYearOf("2021-10-01")).toBe(2022);
  expect(reportYearBounds(2021)).toEqual({ start: "2020-10-01", end: "2021-09-30" });
});

test("shows dates as dd/mm/yyyy", () => {
  expect(formatDateVi("2021-09-30")).toBe("30/09/2021");
  expect(formatDateVi("2025-12-05T08:00:00+07:00")).toBe("05/12/2025");
});

test("shows instants in Vietnam's time zone", () => {
  expect(formatDateTimeVi("2021-09-30T07:05:00Z")).toBe("30/09/2021 14:05");
  expect(formatDateTimeVi("2021-09-30T20:00:00Z")).toBe("01/10/2021 03:00");
});

test("adds calendar days across month, year and leap-day boundaries", () => {
  expect(addDays("2026-07-13", 7)).toBe("2026-07-20");
  expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  expect(addDays("2024-02-25", 7)).toBe("2024-03-03");
  expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
});

test("compares instants by the moment, not the text", () => {
  expect(isSameOrAfter("2026-07-01T08:00:00+07:00", "2026-07-01T01:00:00Z")).toBe(true);
  expect(isSameOrAfter("2026-07-01T07:59:00+07:00", "2026-07-01T01:00:00Z")).toBe(false);
});

test("the local date of an instant is the date in Vietnam", () => {
  expect(localDateOf("2026-07-01T18:00:00Z")).toBe("2026-07-02");
  expect(localDateOf("2026-07-01T16:59:00Z")).toBe("2026-07-01");
});
