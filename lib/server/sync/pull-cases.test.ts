import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CaseStatus } from "@/lib/domain/case-status";
import { encodePullCursor, PullQuerySchema, PullResponseSchema } from "@/lib/domain/sync-protocol";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import { getCase } from "../cases/get-case";
import type { DbHandle } from "../db/client";
import { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents, units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import { pullCases, type PullCasesPage } from "./pull-cases";
import { pullChanges } from "./pull-changes";

const PROVINCE_ID = "00000000-0000-4000-8000-0000000000a1";
const OFFICE_ID = "00000000-0000-4000-8000-0000000000a2";
const officer: SessionUser = { id: "00000000-0000-4000-8000-0000000000b1", role: "officer", unitId: OFFICE_ID, name: "Nguyễn Văn An", username: "chv.an" };
const otherOfficer: SessionUser = { id: "00000000-0000-4000-8000-0000000000b2", role: "officer", unitId: OFFICE_ID, name: "Trần Thị Bình", username: "chv.binh" };
const supervisor: SessionUser = { id: "00000000-0000-4000-8000-0000000000b3", role: "supervisor", unitId: OFFICE_ID, name: "Lê Văn Cường", username: "cct.cuong" };

// The officer's last status per case; chưa có điều kiện and hoãn carry their ground (Đ.44a, Đ.48).
const OPEN: [CaseStatus, string | null][] = [
  ["dang_thi_hanh", null],
  ["dang_thi_hanh", null],
  ["chua_co_dieu_kien", "a"],
  ["hoan", "c"],
  ["tam_dinh_chi", null],
];
const CLOSED: CaseStatus[] = ["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"];

async function seed(handle: DbHandle): Promise<{ open: string[]; closed: string[] }> {
  const { db } = handle;
  await db.insert(units).values([
    { id: PROVINCE_ID, code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province" },
    { id: OFFICE_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office", parentId: PROVINCE_ID },
  ]);
  await db.insert(users).values(
    [officer, otherOfficer, supervisor].map((user) => ({
      id: user.id,
      username: user.username,
      displayName: user.name,
      role: user.role,
      grade: user.role === "officer" ? ("trung_cap" as const) : null,
      unitId: OFFICE_ID,
      passwordHash: "not-a-real-hash",
    })),
  );
  const open = await Promise.all(OPEN.map(([status, ground], n) => insertCase(handle, n, officer.id, status, ground)));
  const closed = await Promise.all(CLOSED.map((status, n) => insertCase(handle, 10 + n, officer.id, status, null)));
  await insertCase(handle, 20, otherOfficer.id, "dang_thi_hanh", null);
  await insertCase(handle, 21, null, "dang_thi_hanh", null);
  return { open, closed };
}

async function insertCase(handle: DbHandle, n: number, officerId: string | null, status: CaseStatus, ground: string | null): Promise<string> {
  const id = randomUUID();
  const decisionNumber = `${100 + n}/QĐ-CCTHADS`;
  const person = (fullName: string) => ({ type: "person", fullName, address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } });
  await handle.db.insert(cases).values({
    id,
    unitId: OFFICE_ID,
    assignedOfficerId: officerId,
    decisionNumber,
    decisionDate: "2026-03-02",
    acceptedDate: "2026-03-02",
    judgmentNumber: `${n}/2025/DS-ST`,
    judgmentDate: "2025-12-15",
    judgmentCourt: "Tòa án nhân dân khu vực 1 – Hải Phòng",
    kind: "theo_yeu_cau",
    debtor: person(`Người phải thi hành ${n}`),
    creditor: person(`Người được thi hành ${n}`),
    searchText: `nguoi phai thi hanh ${n}`,
    nonMoneyObligations: n % 2 === 0 ? ["Trả lại xe máy biển số 34B1-123.45"] : [],
    status,
    statusGround: ground,
  });
  // Inserted out of order on purpose: the details must come back by position, seq and date.
  await handle.db.insert(caseMoneyObligations).values([
    { id: randomUUID(), caseId: id, position: 1, description: "Lãi chậm trả", amount: 1_500_000 + n },
    { id: randomUUID(), caseId: id, position: 0, description: "Trả nợ tiền vay", amount: 120_000_000 },
  ]);
  const history = [{ status: "dang_thi_hanh" as CaseStatus, ground: null as string | null, decisionNumber, decisionDate: "2026-03-02" }];
  if (status !== "dang_thi_hanh") history.push({ status, ground, decisionNumber: `${300 + n}/QĐ-CCTHADS`, decisionDate: "2026-06-01" });
  await handle.db.insert(caseStatusEvents).values(
    history.reverse().map((event, k) => ({ id: randomUUID(), caseId: id, seq: history.length - k, signer: "Phạm Văn Dũng", ...event })),
  );
  await handle.db.insert(caseMoneyEntries).values([
    { id: randomUUID(), caseId: id, kind: "thu", amount: 2_000_000, entryDate: "2026-05-04", reference: "BL 0002" },
    { id: randomUUID(), caseId: id, kind: "co_dieu_kien", amount: 121_500_000 + n, entryDate: "2026-03-10", reference: null },
  ]);
  return id;
}

function query(input: Record<string, string> = {}) {
  return PullQuerySchema.parse(input);
}

describe.each(testDatabases)("sync pull of cases on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let seeded: { open: string[]; closed: string[] };
  beforeAll(async () => {
    handle = await target.open();
    seeded = await seed(handle);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  test("an officer gets exactly their open cases, in id order, as full details", async () => {
    const response = await pullChanges(handle.db, officer, query());
    expect(PullResponseSchema.parse(response)).toEqual(response);
    expect(response).toMatchObject({ protocol: 1, hasMore: false, snapshot: true, removedCaseIds: [], records: [], recordsSince: 0, recordsHaveMore: false });
    expect(response.cases.map((detail) => detail.case.id)).toEqual([...seeded.open].sort());
    for (const detail of response.cases) {
      expect(detail.case.assignedOfficerId).toBe(officer.id);
      expect(detail.assignedOfficer).toEqual({ id: officer.id, name: officer.name });
      expect(detail.unit).toEqual({ id: OFFICE_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương" });
    }
  });

  test("each pulled case is the same detail the case screen shows", async () => {
    const response = await pullCases(handle.db, officer, query());
    for (const detail of response.cases) expect(detail).toEqual(await getCase(handle.db, officer, detail.case.id));
    const held = response.cases.find((detail) => detail.case.status === "hoan");
    expect(held?.case.obligations.money.map((o) => o.description)).toEqual(["Trả nợ tiền vay", "Lãi chậm trả"]);
    expect(held?.case.statusHistory.map((e) => [e.status, e.ground])).toEqual([["dang_thi_hanh", null], ["hoan", "c"]]);
    expect(held?.moneyEntries.map((e) => e.kind)).toEqual(["co_dieu_kien", "thu"]);
  });

  test("paging by 2 enumerates every open case exactly once, in id order", async () => {
    const pages: PullCasesPage[] = [];
    let cursor: string | undefined;
    do {
      const page = await pullCases(handle.db, officer, query({ limit: "2", ...(cursor ? { cursor } : {}) }));
      pages.push(page);
      cursor = page.cursor;
    } while (pages.at(-1)?.hasMore && pages.length < 10);
    expect(pages.map((page) => page.cases.length)).toEqual([2, 2, 1]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false]);
    expect(pages.flatMap((page) => page.cases.map((detail) => detail.case.id))).toEqual([...seeded.open].sort());
  });

  test("a page that ends exactly at the last case says there is no more", async () => {
    const response = await pullCases(handle.db, officer, query({ limit: String(seeded.open.length) }));
    expect(response.cases).toHaveLength(seeded.open.length);
    expect(response.hasMore).toBe(false);
  });

  test("a cursor past the end gives an empty last page, and so does the last page's own cursor", async () => {
    const pastEnd = encodePullCursor({ v: 1, after: "ffffffff-ffff-4fff-bfff-ffffffffffff" });
    const empty = await pullCases(handle.db, officer, query({ cursor: pastEnd }));
    expect(empty).toMatchObject({ cases: [], hasMore: false, cursor: pastEnd, removedCaseIds: [] });
    const last = await pullCases(handle.db, officer, query());
    expect(await pullCases(handle.db, officer, query({ cursor: last.cursor }))).toMatchObject({ cases: [], hasMore: false });
  });

  test("closed cases and other people's cases never leave the server", async () => {
    const all = await pullCases(handle.db, officer, query({ limit: "500" }));
    const ids = new Set(all.cases.map((detail) => detail.case.id));
    for (const id of seeded.closed) expect(ids.has(id)).toBe(false);
    const other = await pullCases(handle.db, otherOfficer, query());
    expect(other.cases).toHaveLength(1);
    expect(other.cases[0]?.case.assignedOfficerId).toBe(otherOfficer.id);
    // A supervisor may read the whole office, but holds offline only cases assigned to them: none.
    expect((await pullCases(handle.db, supervisor, query())).cases).toEqual([]);
  });

  test("a cursor this server did not write is a validation error on query.cursor", async () => {
    const attempt = pullCases(handle.db, officer, query({ cursor: "bm90LWEtY3Vyc29y" }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed", status: 400, errors: [{ path: "query.cursor" }] });
  });
});
