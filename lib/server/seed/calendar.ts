import "server-only";
import { reportYearBounds } from "@/lib/domain/dates";
import type { Rng } from "./prng";

// The demo is frozen on the last day of report year 2021 (1/10/2020 – 30/9/2021), the year of the real
// Hải Dương report it reproduces. Every event and ledger entry is dated on or before AS_OF.
export const REPORT_YEAR = 2021;
export const YEAR_START = reportYearBounds(REPORT_YEAR).start; // 2020-10-01
export const AS_OF = reportYearBounds(REPORT_YEAR).end; // 2021-09-30
export const PREVIOUS_YEAR_START = reportYearBounds(REPORT_YEAR - 1).start; // 2019-10-01
export const PREVIOUS_YEAR_END = reportYearBounds(REPORT_YEAR - 1).end; // 2020-09-30

const MS_PER_DAY = 86_400_000;

// Every date the generator touches lies in 2010–2022; a table of that range turns date arithmetic into array
// lookups (the generator handles a few hundred thousand dates, and Date objects were a visible cost).
const TABLE_FIRST = Date.UTC(2010, 0, 1) / MS_PER_DAY;
const TABLE_DAYS = Date.UTC(2023, 0, 1) / MS_PER_DAY - TABLE_FIRST;
const ISO_BY_DAY: string[] = [];
const MONTH_BY_DAY: number[] = [];
const DAY_BY_ISO = new Map<string, number>();
for (let i = 0; i < TABLE_DAYS; i += 1) {
  const date = new Date((TABLE_FIRST + i) * MS_PER_DAY);
  const iso = date.toISOString().slice(0, 10);
  ISO_BY_DAY.push(iso);
  MONTH_BY_DAY.push(date.getUTCMonth());
  DAY_BY_ISO.set(iso, TABLE_FIRST + i);
}

/** Days since 1970-01-01 (UTC); plain integers make date arithmetic and comparisons trivial. */
export function toDay(iso: string): number {
  const cached = DAY_BY_ISO.get(iso);
  if (cached !== undefined) return cached;
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`Not an ISO date: ${iso}`);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDay(day: number): string {
  return ISO_BY_DAY[day - TABLE_FIRST] ?? new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function monthOf(day: number): number {
  return MONTH_BY_DAY[day - TABLE_FIRST] ?? new Date(day * MS_PER_DAY).getUTCMonth();
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

// Decisions are signed on working days. Fixed holidays (Labour Code 2019 Đ.112) plus the Tết week around
// each Lunar New Year's day; the exact official Tết days vary by year [M], a five-day window is close enough
// for demo dates. Hùng Kings' day (10/3 lunar) is left out: one day a year does not change the picture.
const LUNAR_NEW_YEAR = ["2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12"];
const FIXED_HOLIDAYS = ["01-01", "04-30", "05-01", "09-02"];
const HOLIDAYS = new Set([
  ...LUNAR_NEW_YEAR.flatMap((first) => [-1, 0, 1, 2, 3].map((offset) => toDay(first) + offset)),
  ...Array.from({ length: 13 }, (_, k) => 2010 + k).flatMap((year) => FIXED_HOLIDAYS.map((day) => toDay(`${year}-${day}`))),
]);

export function isWorkingDay(day: number): boolean {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday, 6 = Saturday
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}

/** The nearest working day inside [min, max], looking forward first; `day` itself when none exists. */
function toWorkingDay(day: number, min: number, max: number): number {
  for (let d = day; d <= max; d += 1) if (isWorkingDay(d)) return d;
  for (let d = day - 1; d >= min; d -= 1) if (isWorkingDay(d)) return d;
  return day;
}

/** The working day on or before `iso`: courts, too, sign on working days. */
export function workingDayOnOrBefore(iso: string): string {
  let day = toDay(iso);
  while (!isWorkingDay(day)) day -= 1;
  return fromDay(day);
}

/** Relative activity by calendar month (index 0 = January). */
export type MonthWeights = readonly number[];

// New cases: fewer around Tết and during the Covid-19 lockdown of February 2021 (Chỉ thị 16 across the
// province from 16/2 to 2/3/2021, Chí Linh sealed off from 28/1 — the report's own account).
export const ACCEPTANCE_MONTHS: MonthWeights = [1, 0.5, 0.8, 1, 1, 1, 0.9, 0.9, 0.8, 1.1, 1.1, 1.2];
// Closures: the same dip, and the year-end push ("bứt tốc") in August and September the report describes.
export const FINISH_MONTHS: MonthWeights = [0.9, 0.4, 0.7, 1, 1, 1, 1, 1.5, 2.6, 1, 1, 1.3];

/** A working day in [from, to] (ISO dates, inclusive), months weighted by `weights` when given. */
export function sampleDate(rng: Rng, from: string, to: string, weights?: MonthWeights): string {
  const lo = toDay(from);
  const hi = Math.max(lo, toDay(to));
  const maxWeight = weights ? Math.max(...weights) : 1;
  let day = lo + rng.int(0, hi - lo);
  // Rejection sampling on the month weight; bounded so a degenerate range still terminates.
  for (let attempt = 0; weights && attempt < 20; attempt += 1) {
    const month = monthOf(day);
    if (rng.next() * maxWeight < (weights[month] ?? maxWeight)) break;
    day = lo + rng.int(0, hi - lo);
  }
  return fromDay(toWorkingDay(day, lo, hi));
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

