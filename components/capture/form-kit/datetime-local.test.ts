import { expect, test } from "vitest";
import { IsoDateTimeSchema } from "@/lib/domain/date-schemas";
import { isoToLocalInput, localInputToIso, toVietnamIso } from "./datetime-local";

test("a datetime-local value is Vietnam wall-clock time", () => {
  expect(localInputToIso("2026-11-29T09:30")).toBe("2026-11-29T09:30:00+07:00");
  expect(localInputToIso("2026-11-29T09:30:15")).toBe("2026-11-29T09:30:15+07:00");
  expect(localInputToIso("")).toBeUndefined();
  expect(localInputToIso("2026-11-29")).toBeUndefined();
  expect(localInputToIso("2026-13-45T09:30")).toBeUndefined();
});

test("an instant in any offset is shown in Vietnam time", () => {
  expect(isoToLocalInput("2026-11-29T09:30:00+07:00")).toBe("2026-11-29T09:30");
  expect(isoToLocalInput("2026-11-29T02:30:00Z")).toBe("2026-11-29T09:30");
  expect(isoToLocalInput("2026-11-29T20:00:00Z")).toBe("2026-11-30T03:00");
  expect(isoToLocalInput("2026-11-29T09:30:15+07:00")).toBe("2026-11-29T09:30:15");
  expect(isoToLocalInput("2026-11-29T09:30")).toBe(""); // no offset: not an instant
  expect(isoToLocalInput(undefined)).toBe("");
  expect(isoToLocalInput("hôm qua")).toBe("");
});

test("the round trip is exact and satisfies the schema", () => {
  for (const value of ["2026-01-01T00:00", "2026-12-31T23:59", "2026-07-20T08:30:45"]) {
    const iso = localInputToIso(value);
    expect(iso && IsoDateTimeSchema.safeParse(iso).success).toBe(true);
    expect(isoToLocalInput(iso)).toBe(value);
  }
});

test("now is written in +07:00, to the minute", () => {
  expect(toVietnamIso(new Date("2026-11-29T02:30:42.123Z"))).toBe("2026-11-29T09:30:00+07:00");
  expect(toVietnamIso(new Date("2026-11-29T20:05:00Z"))).toBe("2026-11-30T03:05:00+07:00");
});
