import { expect, test } from "vitest";
import type { CaseDetail } from "./api/cases";
import { CaseStatusSchema } from "./case-status-schemas";
import {
  CLOSED_CASE_STATUSES,
  decodePullCursor,
  encodePullCursor,
  isCaseOpen,
  OPEN_CASE_STATUSES,
  PullQuerySchema,
  PullResponseSchema,
  SYNC_PROTOCOL_VERSION,
} from "./sync-protocol";

const CASE_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const UNIT_ID = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";
const OFFICER_ID = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";

function buildDetail(): CaseDetail {
  return {
    case: {
      id: CASE_ID,
      unitId: UNIT_ID,
      assignedOfficerId: OFFICER_ID,
      decisionNumber: "125/QĐ-THADS",
      decisionDate: "2026-07-10",
      acceptedDate: "2026-07-10",
      judgment: { number: "45/2026/DS-ST", date: "2026-05-20", court: "Tòa án nhân dân khu vực 3 – Hải Phòng" },
      kind: "theo_yeu_cau",
      debtor: { type: "person", fullName: "Lê Văn Cường", address: { asWritten: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng" } },
      creditor: { type: "person", fullName: "Mai Văn Phúc", address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } },
      obligations: { money: [{ description: "Trả nợ tiền vay", amount: 350_000_000 }], nonMoney: [] },
      status: "dang_thi_hanh",
      statusHistory: [{ status: "dang_thi_hanh", ground: null, decisionNumber: "125/QĐ-THADS", decisionDate: "2026-07-10", signer: "Trần Quốc Hưng" }],
    },
    assignedOfficer: { id: OFFICER_ID, name: "Nguyễn Văn An" },
    unit: { id: UNIT_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương" },
    moneyEntries: [{ kind: "thu", amount: 50_000_000, date: "2026-08-01", reference: "BL 0012" }],
  };
}

function buildResponse() {
  return {
    protocol: SYNC_PROTOCOL_VERSION,
    cursor: encodePullCursor({ v: 1, after: CASE_ID }),
    hasMore: false,
    snapshot: true,
    cases: [buildDetail()],
    removedCaseIds: [],
    records: [buildPulledRecord(41), buildPulledRecord(57)],
    recordsSince: 57,
    recordsHaveMore: false,
    reference: null,
  };
}

function buildPulledRecord(serverSeq: number) {
  return {
    id: `01980c2a-5b3d-7e4f-8a1b-${String(serverSeq).padStart(12, "0")}`,
    caseId: CASE_ID,
    type: "xac_minh" as const,
    contentHash: "ab".repeat(32),
    serverSeq,
    receivedAt: "2026-07-21T03:00:00.000Z",
    reviewState: "submitted" as const,
    review: null,
    supersededBy: null,
  };
}

function errorPaths(input: unknown): string[] {
  const result = PullQuerySchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

test("a query without parameters starts a snapshot of 200 cases a page and the record stream from 0", () => {
  expect(PullQuerySchema.parse({})).toEqual({ limit: 200, since: 0 });
});

test("since is a non-negative integer serverSeq, sent as text", () => {
  expect(PullQuerySchema.parse({ since: "0" }).since).toBe(0);
  expect(PullQuerySchema.parse({ since: "1234567" }).since).toBe(1234567);
  expect(PullQuerySchema.parse({ since: "999999999999999" }).since).toBe(999_999_999_999_999);
  for (const since of ["", "-1", "1.5", "1e3", "abc", "01", " 7", "2026-01-01", "1234567890123456", ["1", "2"]]) {
    expect(errorPaths({ since }), `since ${JSON.stringify(since)}`).toEqual(["since"]);
  }
});

test("the limit is coerced from the query string and bounded to 1…500", () => {
  expect(PullQuerySchema.parse({ limit: "1" }).limit).toBe(1);
  expect(PullQuerySchema.parse({ limit: "500" }).limit).toBe(500);
  for (const limit of ["0", "501", "abc", "2.5", "-3", "", ["5", "6"]]) {
    expect(errorPaths({ limit }), `limit ${JSON.stringify(limit)}`).toEqual(["limit"]);
  }
});

test("the query is strict and the cursor is a bounded non-empty string", () => {
  expect(PullQuerySchema.safeParse({ after: "2026-01-01" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  expect(errorPaths({ cursor: "" })).toEqual(["cursor"]);
  expect(errorPaths({ cursor: "x".repeat(201) })).toEqual(["cursor"]);
  expect(errorPaths({ cursor: ["a", "b"] })).toEqual(["cursor"]);
  expect(PullQuerySchema.parse({ cursor: "opaque", limit: "10" })).toEqual({ cursor: "opaque", limit: 10, since: 0 });
});

test("a cursor survives encoding, and it is URL-safe and short", () => {
  for (const cursor of [{ v: 1, after: CASE_ID }, { v: 1, after: null }] as const) {
    const text = encodePullCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(PullQuerySchema.safeParse({ cursor: text }).success).toBe(true);
    expect(decodePullCursor(text)).toEqual(cursor);
  }
});

test("garbage, tampered and foreign cursors are refused", () => {
  const encode = (json: string) => btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const garbage = [
    "abc",
    "a",
    "!!!!",
    "eyJ2IjoxLCJhZnRlciI6",
    encode("not json"),
    encode("[]"),
    encode('{"v":2,"after":null}'),
    encode(`{"v":1,"after":"${CASE_ID}","extra":1}`),
    encode('{"v":1,"after":"1 OR 1=1"}'),
    encode('{"v":1}'),
    encodePullCursor({ v: 1, after: CASE_ID }).slice(0, -3),
  ];
  for (const text of garbage) expect(decodePullCursor(text), text).toBeNull();
});

test("open and closed statuses partition the statuses", () => {
  expect([...OPEN_CASE_STATUSES, ...CLOSED_CASE_STATUSES].sort()).toEqual([...CaseStatusSchema.options].sort());
  expect(OPEN_CASE_STATUSES).toEqual(["dang_thi_hanh", "chua_co_dieu_kien", "hoan", "tam_dinh_chi"]);
  expect(isCaseOpen("chua_co_dieu_kien")).toBe(true);
  for (const status of CLOSED_CASE_STATUSES) expect(isCaseOpen(status), status).toBe(false);
});

test("a snapshot page with full case details is a valid response", () => {
  expect(PullResponseSchema.parse(buildResponse())).toEqual(buildResponse());
  expect(PullResponseSchema.safeParse({ ...buildResponse(), cases: [] }).success).toBe(true);
  expect(PullResponseSchema.safeParse({ ...buildResponse(), records: [], recordsSince: 0 }).success).toBe(true);
  // An empty page keeps the device's mark where it was.
  expect(PullResponseSchema.safeParse({ ...buildResponse(), records: [], recordsSince: 57 }).success).toBe(true);
});

test("the record page is in serverSeq order and its next mark is the last seq", () => {
  const bad: Record<string, unknown>[] = [
    { ...buildResponse(), recordsSince: 41 },
    { ...buildResponse(), recordsSince: 58 },
    { ...buildResponse(), records: [buildPulledRecord(57), buildPulledRecord(41)], recordsSince: 41 },
    { ...buildResponse(), records: [buildPulledRecord(57), buildPulledRecord(57)] },
  ];
  for (const response of bad) expect(PullResponseSchema.safeParse(response).error?.issues[0]?.path).toEqual(["recordsSince"]);
  for (const field of ["records", "recordsSince", "recordsHaveMore"]) {
    const { [field]: _dropped, ...rest } = buildResponse() as Record<string, unknown>;
    expect(PullResponseSchema.safeParse(rest).success, `without ${field}`).toBe(false);
  }
  // A returned record carries its reason; a state the protocol does not know, or a reason without a category, is refused.
  const returned = { ...buildPulledRecord(41), reviewState: "returned", review: { decidedAt: "2026-07-22T02:00:00.000Z", reason: { category: "thieu_chu_ky", text: "Thiếu chữ ký người chứng kiến" } } };
  expect(PullResponseSchema.safeParse({ ...buildResponse(), records: [returned], recordsSince: 41 }).success).toBe(true);
  expect(PullResponseSchema.safeParse({ ...buildResponse(), records: [{ ...returned, reviewState: "rejected" }], recordsSince: 41 }).success).toBe(false);
  expect(PullResponseSchema.safeParse({ ...buildResponse(), records: [{ ...returned, review: { decidedAt: "2026-07-22T02:00:00.000Z", reason: { text: "Thiếu chữ ký" } } }], recordsSince: 41 }).success).toBe(false);
});

test("the response is strict about its version, its mode and its fields", () => {
  const bad: Record<string, unknown>[] = [
    { ...buildResponse(), protocol: 2 },
    { ...buildResponse(), snapshot: false },
    { ...buildResponse(), removedCaseIds: [CASE_ID] },
    { ...buildResponse(), cursor: "" },
    { ...buildResponse(), recordsCursor: "57" },
    { ...buildResponse(), recordsSince: -1, records: [] },
    { ...buildResponse(), cases: [{ ...buildDetail(), case: { ...buildDetail().case, statusHistory: [] } }] },
  ];
  for (const response of bad) expect(PullResponseSchema.safeParse(response).success).toBe(false);
  expect(PullResponseSchema.safeParse({ ...buildResponse(), removedCaseIds: [CASE_ID] }).error?.issues[0]?.path).toEqual(["removedCaseIds"]);
});

test("reference data carries the province's units and a calendar that builds", async () => {
  const { VN_CALENDAR_YEARS } = await import("./deadlines/holiday-calendar");
  const { buildWorkingCalendar } = await import("./deadlines/working-calendar-schemas");
  const reference = {
    units: [{ id: CASE_ID, code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province", parentId: null }],
    calendarYears: [...VN_CALENDAR_YEARS],
  };
  const parsed = PullResponseSchema.parse({ ...buildResponse(), reference });
  expect(parsed.reference?.units[0]?.code).toBe("HD");
  expect(buildWorkingCalendar(parsed.reference?.calendarYears).coveredYears.has(2026)).toBe(true);
  expect(PullResponseSchema.safeParse({ ...buildResponse(), reference: { units: [], calendarYears: [{ year: 2026 }] } }).success).toBe(false);
});
