import { CaseDetailSchema } from "./api/cases";
import type { CaseStatus } from "./case-status";
import { CaseStatusSchema } from "./case-status-schemas";
import { UuidSchema } from "./ids";
import { CalendarYearSchema } from "./deadlines/working-calendar-schemas";
import { PulledRecordSchema } from "./sync-push";
import { UnitSchema } from "./units";
import { z } from "./z";

// The sync contract between the field app and the server (architecture §4–§5). Every response carries the
// protocol version, so a device never applies data of a version it cannot read (426 means "update the app").
export const SYNC_PROTOCOL_VERSION = 1;

// Statuses that end the officer's work on a case, so the case is not carried to the field: thi hành xong and
// đình chỉ (Đ.50) close it; ủy thác đi (Đ.55) hands it to another office, whose officer gets it as a new case;
// sổ theo dõi riêng (NĐ 62 Đ.9 k.5–6) and trả lại yêu cầu (NĐ 152 Đ.32) take it out of the case-load. A phone
// that can be lost holds the parties' personal data, so it holds only what the officer still has to act on
// (data minimisation, NĐ 13/2023 on personal data protection). Chưa có điều kiện, hoãn and tạm đình chỉ stay:
// the officer still verifies the debtor's conditions at least every six months (Đ.44 k.1) and resumes
// enforcement when the ground ends.
export const CLOSED_CASE_STATUSES = ["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"] as const satisfies readonly CaseStatus[];
export const OpenCaseStatusSchema = CaseStatusSchema.exclude(CLOSED_CASE_STATUSES);
export const OPEN_CASE_STATUSES = OpenCaseStatusSchema.options;

export function isCaseOpen(status: CaseStatus): boolean {
  return OpenCaseStatusSchema.safeParse(status).success;
}

export const PULL_LIMIT_DEFAULT = 200;
export const PULL_LIMIT_MAX = 500;
const CURSOR_MAX_LENGTH = 200;
// serverSeq values are bigint in the database but stay below 2^53 (15 digits are 10^15 changes), so a JS
// number holds them exactly.
const SERVER_SEQ_PATTERN = /^(0|[1-9]\d{0,14})$/;

export const PullQuerySchema = z
  .object({
    // Opaque: a client only echoes the `cursor` of the previous page. Decoded on the server (decodePullCursor),
    // because a later cursor may need the database to resolve, and a bad one is a 400 on `query.cursor`.
    cursor: z.string().min(1).max(CURSOR_MAX_LENGTH, { error: `Con trỏ đồng bộ tối đa ${CURSOR_MAX_LENGTH} ký tự` }).optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, { error: "Mỗi lần lấy ít nhất 1 hồ sơ" })
      .max(PULL_LIMIT_MAX, { error: `Mỗi lần lấy tối đa ${PULL_LIMIT_MAX} hồ sơ` })
      .default(PULL_LIMIT_DEFAULT),
    // The record stream: the last `serverSeq` the device applied (`recordsSince` of the previous answer).
    since: z
      .string()
      .regex(SERVER_SEQ_PATTERN, { error: "Mốc đồng bộ biên bản phải là số nguyên không âm" })
      .transform(Number)
      .default(0),
  })
  .strict();
export type PullQuery = z.infer<typeof PullQuerySchema>;

/**
 * Protocol 1 pulls are paged *snapshots*: starting without a cursor enumerates the full set of the officer's open
 * cases in case-id order, one page per request, each page's `cursor` leading to the next. The client keeps the
 * pages aside and replaces the cases it holds only when it reaches `hasMore: false` — so a case no longer
 * assigned disappears, and a pull broken half-way changes nothing. `snapshot: true` announces these semantics;
 * the incremental protocol to come will answer `snapshot: false` with changes since the cursor and the ids to
 * drop in `removedCaseIds`, which a snapshot never needs (always `[]`). A snapshot restarts from no cursor:
 * the last page's cursor only continues this enumeration (resent, it yields an empty page). A case reassigned
 * while the pages are read shows up, or goes, at the next pull.
 *
 * Beside the snapshot, and independent of it, each answer carries one page of the *record stream*: the caller's
 * own records with `serverSeq > since`, in `serverSeq` order, at most `limit`; `recordsSince` is the `since` to
 * send next time (the last seq of the page, or the same `since` when the page is empty) and `recordsHaveMore`
 * says whether to ask again right away. The stream never skips a record committed late: writers take `serverSeq`
 * under one lock and commit before releasing it, so a seq is never visible before a lower one.
 */
/**
 * Reference data a phone needs offline, sent on the first page of each pull (no `cursor`): the units of the
 * caller's province (office names on the biên bản) and the working-day calendar, which is data published
 * yearly (domain §6.5) — so a new year's holidays reach the phones without an app update.
 */
export const ReferenceDataSchema = z
  .object({ units: z.array(UnitSchema).max(1_000), calendarYears: z.array(CalendarYearSchema).max(100) })
  .strict();
export type ReferenceData = z.infer<typeof ReferenceDataSchema>;

const pullResponseFields = {
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  cursor: z.string().min(1).max(CURSOR_MAX_LENGTH),
  hasMore: z.boolean(),
  snapshot: z.literal(true),
  cases: z.array(CaseDetailSchema).max(PULL_LIMIT_MAX),
  removedCaseIds: z.array(UuidSchema),
  records: z.array(PulledRecordSchema).max(PULL_LIMIT_MAX),
  recordsSince: z.number().int().nonnegative(),
  recordsHaveMore: z.boolean(),
  reference: ReferenceDataSchema.nullable(),
};

function withPullRules<T extends { snapshot: true; removedCaseIds: string[]; records: { serverSeq: number }[]; recordsSince: number }>(schema: z.ZodType<T>) {
  return schema
    .refine((response) => !response.snapshot || response.removedCaseIds.length === 0, {
      error: "Ảnh chụp toàn bộ không có hồ sơ cần xóa",
      path: ["removedCaseIds"],
    })
    .refine((response) => isRecordPageInOrder(response.records, response.recordsSince), {
      error: "Biên bản phải theo thứ tự serverSeq tăng dần, và mốc tiếp theo là serverSeq của biên bản cuối",
      path: ["recordsSince"],
    });
}

export const PullResponseSchema = withPullRules(z.object(pullResponseFields).strict());
/**
 * The same answer with its cases left unchecked, for a phone that checks them one slice at a time with
 * CaseDetailSchema (lib/client/sync/pull-cases.ts): ~100 cases in one parse was one long task when the app opens.
 */
export const PullResponseEnvelopeSchema = withPullRules(z.object({ ...pullResponseFields, cases: z.array(z.unknown()).max(PULL_LIMIT_MAX) }).strict());
export type PullResponse = z.infer<typeof PullResponseSchema>;

function isRecordPageInOrder(records: readonly { serverSeq: number }[], recordsSince: number): boolean {
  const isIncreasing = records.every((record, index) => index === 0 || record.serverSeq > (records[index - 1]?.serverSeq ?? 0));
  const last = records.at(-1);
  return isIncreasing && (last === undefined || last.serverSeq === recordsSince);
}

// The cursor's content: the id of the last case sent (null before the first). Versioned so that a server can
// tell an old device's cursor from a new one and restart it cleanly.
export const PullCursorSchema = z.object({ v: z.literal(1), after: UuidSchema.nullable() }).strict();
export type PullCursor = z.infer<typeof PullCursorSchema>;

export function encodePullCursor(cursor: PullCursor): string {
  return toBase64Url(JSON.stringify(PullCursorSchema.parse(cursor)));
}

/** The cursor a client sent back, or null if it is not one this server wrote (garbage, tampered, other version). */
export function decodePullCursor(text: string): PullCursor | null {
  const json = fromBase64Url(text);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = PullCursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// btoa/atob exist in browsers, service workers and Node ≥ 16 alike (Buffer does not). The JSON is ASCII only.
function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "="));
  } catch {
    return null;
  }
}
