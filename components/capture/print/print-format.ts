import type { Address } from "@/lib/domain/addresses";
import { TIME_ZONE } from "@/lib/domain/dates";
import type { IdentityNumber } from "@/lib/domain/ids";
import type { GeoFix } from "@/lib/domain/records/envelope";

// Pure formatting for the printed biên bản. Formal documents write dates in words-and-numbers ("ngày 05 tháng
// 12 năm 2025", domain §6.4) and times as "08 giờ 30 phút", always in Vietnam time whatever the machine's zone.

/** What an official form prints where a value is unknown: a dotted blank to fill in by hand. */
export const BLANK = "…………";

export interface ClockParts {
  hour: string;
  minute: string;
  day: string;
  month: string;
  year: string;
}

const BLANK_PARTS: ClockParts = { hour: BLANK, minute: BLANK, day: BLANK, month: BLANK, year: BLANK };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const VIETNAM_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23", // `hour12: false` prints midnight as "24" in some engines
});

/** An instant's two-digit clock and calendar parts in Vietnam time; dotted blanks when it does not parse. */
export function clockPartsVi(instant: string | Date): ClockParts {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  // A printout must not crash on a damaged draft: an unreadable time becomes a blank to fill in by hand.
  if (Number.isNaN(date.getTime())) return BLANK_PARTS;
  const parts = VIETNAM_CLOCK.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? BLANK;
  return { hour: get("hour"), minute: get("minute"), day: get("day"), month: get("month"), year: get("year") };
}

/** `2025-12-05` (a calendar date) or an instant (taken in Vietnam time) → `ngày 05 tháng 12 năm 2025`. */
export function formalDateVi(isoDateOrInstant: string): string {
  const match = ISO_DATE.exec(isoDateOrInstant);
  const { day, month, year } = match
    ? { day: match[3] ?? BLANK, month: match[2] ?? BLANK, year: match[1] ?? BLANK }
    : clockPartsVi(isoDateOrInstant);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** `2026-07-20T08:30:00+07:00` → `08 giờ 30 phút`. */
export function formalTimeVi(instant: string): string {
  const { hour, minute } = clockPartsVi(instant);
  return `${hour} giờ ${minute} phút`;
}

/** `2026-07-20T08:30:00+07:00` → `08 giờ 30 phút, ngày 20 tháng 07 năm 2026`. */
export function formalDateTimeVi(instant: string): string {
  return `${formalTimeVi(instant)}, ${formalDateVi(instant)}`;
}

/** Whether two instants fall on the same calendar day in Vietnam. */
export function isSameDayVi(a: string, b: string): boolean {
  const first = clockPartsVi(a);
  const second = clockPartsVi(b);
  return first.year !== BLANK && first.year === second.year && first.month === second.month && first.day === second.day;
}

const COMMUNE_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/iu;

/** The place name that opens the date line ("Nam Sách, ngày …"): the commune without its level word. */
export function placeNameOf(address: Address | undefined): string | null {
  const commune = address?.normalized?.commune.trim();
  if (!commune) return null;
  return commune.replace(COMMUNE_PREFIX, "") || null;
}

/** `{ kind: "dinh_danh", number }` → `Số định danh cá nhân: 030085001234`. */
export function identityVi(identity: IdentityNumber): string {
  return identity.kind === "dinh_danh" ? `Số định danh cá nhân: ${identity.number}` : `Số CMND: ${identity.number}`;
}

const QUANTITY = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });

/** A quantity (area, weight, count) with a Vietnamese decimal comma: `120.5` → `120,5`. */
export function formatQuantityVi(quantity: number): string {
  return QUANTITY.format(quantity);
}

/**
 * Coordinates keep the decimal point and six decimals (≈ 0.1 m) because they are meant to be typed into a map;
 * the Vietnamese decimal comma would be ambiguous next to the comma between latitude and longitude.
 */
export function coordinatesVi(fix: GeoFix): string {
  return `${fix.lat.toFixed(6)}, ${fix.lng.toFixed(6)} (sai số ± ${Math.round(fix.accuracy)} m)`;
}

/** Upper case with Vietnamese rules, for the issuing body in the header. */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase("vi");
}
