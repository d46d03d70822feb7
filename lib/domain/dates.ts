// Wire format: ISO 8601. Dates without time are `yyyy-mm-dd`; instants carry an offset. Screens show
// dd/mm/yyyy in Asia/Ho_Chi_Minh (UTC+7, no DST).
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** A calendar date on the wire, `yyyy-mm-dd` (validated by `IsoDateSchema` in date-schemas.ts). */
export type IsoDate = string;

/** `2026-07-01` + 7 → `2026-07-08`, on the calendar (UTC arithmetic, so no DST or time-zone drift). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? Number.NaN, (m ?? Number.NaN) - 1, (d ?? Number.NaN) + days));
  return date.toISOString().slice(0, 10);
}

/** Compares two ISO instants by the moment they denote, not by text (their offsets may differ). */
export function isSameOrAfter(later: string, earlier: string): boolean {
  return Date.parse(later) >= Date.parse(earlier);
}

/** The calendar date of an instant in Vietnam (UTC+7, no DST): `2026-07-01T20:00:00Z` → `2026-07-02`. */
export function localDateOf(instant: string): string {
  return new Date(Date.parse(instant) + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** `2021-09-30` → `30/09/2021`. */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it, and screens format many
// instants as they render (issue #7: main-thread time on a phone).
let dateTimeFormat: Intl.DateTimeFormat | null = null;

/** An instant shown in Vietnam's time zone: `30/09/2021 14:05`. */
export function formatDateTimeVi(instant: string | Date): string {
  dateTimeFormat ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  const parts = dateTimeFormat.formatToParts(typeof instant === "string" ? new Date(instant) : instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/**
 * The statistics report year runs 1 October – 30 September and is named by the year it ends in
 * (report year 2021 = 1/10/2020 – 30/9/2021), per the THADS statistics circulars (TT 05/2024/TT-BTP).
 */
export function reportYearBounds(reportYear: number): { start: IsoDate; end: IsoDate } {
  return { start: `${reportYear - 1}-10-01`, end: `${reportYear}-09-30` };
}

/** The report year an ISO date falls in. */
export function reportYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
