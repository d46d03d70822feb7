import { asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LedgerImportResponseSchema } from "@/lib/domain/api/import";
import { exampleCaseCells, exampleDecisionCells, exampleMoneyCells, ledgerCsv, type Cells } from "@/lib/domain/import/import-fixtures";
import { importedCaseId } from "@/lib/domain/import/ledger-ids";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import { getCase } from "../cases/get-case";
import type { DbHandle } from "../db/client";
import { auditLog, caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents } from "../db/schema";
import { AppError } from "../http/app-error";
import { buildVerificationPayload } from "@/lib/domain/records/fixtures";
import { decideRecord } from "../review/decide-record";
import { listReviewQueue } from "../review/list-review-queue";
import { pushRecords } from "../sync/push-records";
import { buildFinalRecord, pushEnvelope, storeAttachmentsOf } from "../sync/sync-test-world";
import { importLedger } from "./import-ledger";
import { PEOPLE, seedImportWorld } from "./import-test-world";

const NOW = new Date("2026-07-01T03:00:00Z");

/** A case row with its own code and QĐTHA number (numbers are unique per unit and date). */
function caseCells(code: string, number: number, overrides: Cells = {}): Cells {
  return exampleCaseCells({ ma_ho_so: code, so_qd_thi_hanh: `${number}/QĐ-CCTHADS`, ...overrides });
}

async function problemOf(promise: Promise<unknown>): Promise<{ status: number; detail?: string; errors: { path: string; message: string }[] }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, detail: error.detail, errors: error.errors ?? [] };
    throw error;
  }
  throw new Error("the import succeeded");
}

describe.each(testDatabases)("ledger import on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };

  beforeAll(async () => {
    handle = await target.open();
    await seedImportWorld(handle.db);
  });
  afterAll(async () => {
    await handle?.dispose();
  });

  function importCsv(user: SessionUser, text: string) {
    return importLedger(handle.db, user, new TextEncoder().encode(text), NOW);
  }

  /** Every row of the four ledger tables (updated_at included): "changes nothing" means this stays equal. */
  async function ledgerSnapshot() {
    const { db } = handle;
    return {
      cases: await db.select().from(cases).orderBy(asc(cases.id)),
      obligations: await db.select().from(caseMoneyObligations).orderBy(asc(caseMoneyObligations.id)),
      events: await db.select().from(caseStatusEvents).orderBy(asc(caseStatusEvents.id)),
      entries: await db.select().from(caseMoneyEntries).orderBy(asc(caseMoneyEntries.id)),
    };
  }

  async function auditCount(): Promise<number> {
    const [row] = await handle.db.select({ n: count() }).from(auditLog);
    return row?.n ?? 0;
  }

  test("a good case file imports: cases, obligations and the QĐTHA as decision 0; the cases read back as valid case details", async () => {
    const file = ledgerCsv("ho_so", [
      caseCells("A/001", 1001),
      caseCells("A/002", 1002, { ten_dang_nhap_chv: "", so_tien_phai_thi_hanh: "0", noi_dung_nghia_vu: "", nghia_vu_khac: "Trả lại 01 xe mô tô\nTháo dỡ tường rào" }),
    ]);
    const result = LedgerImportResponseSchema.parse(await importCsv(PEOPLE.supervisor, file));
    expect(result).toEqual({ kind: "ho_so", rows: 2, inserted: { cases: 2, obligations: 1, decisions: 2, moneyEntries: 0 }, skipped: 0 });

    const id = importedCaseId({ unitCode: "HD.TPHD", caseCode: "A/001" });
    const detail = await getCase(handle.db, PEOPLE.supervisor, id);
    expect(detail.case).toMatchObject({ decisionNumber: "1001/QĐ-CCTHADS", decisionDate: "2026-03-02", status: "dang_thi_hanh", assignedOfficerId: PEOPLE.officer.id });
    expect(detail.case.statusHistory).toEqual([{ status: "dang_thi_hanh", ground: null, decisionNumber: "1001/QĐ-CCTHADS", decisionDate: "2026-03-02", signer: "Phạm Văn Dũng" }]);
    expect(detail.case.obligations.money).toEqual([{ description: "Trả nợ gốc và lãi tiền vay", amount: 120_000_000 }]);
    const second = await getCase(handle.db, PEOPLE.supervisor, importedCaseId({ unitCode: "HD.TPHD", caseCode: "A/002" }));
    expect(second.case.obligations).toEqual({ money: [], nonMoney: ["Trả lại 01 xe mô tô", "Tháo dỡ tường rào"] });
    expect(second.case.assignedOfficerId).toBeNull();
    const [row] = await handle.db.select({ searchText: cases.searchText }).from(cases).where(eq(cases.id, id));
    expect(row?.searchText).toContain("nguyen van hung 030085001234");

    const [audit] = await handle.db.select().from(auditLog).where(eq(auditLog.action, "ledger.import")).orderBy(asc(auditLog.id));
    expect(audit).toMatchObject({ actorId: PEOPLE.supervisor.id, entityType: "ledger_file" });
    expect(audit?.detail).toMatchObject({ kind: "ho_so", rows: 2, inserted: { cases: 2, obligations: 1, decisions: 2 }, skipped: 0, units: ["HD.TPHD"] });
  });

  test("the same file twice: the second import inserts nothing and changes no row", async () => {
    const cases1 = ledgerCsv("ho_so", [caseCells("B/001", 2001), caseCells("B/002", 2002)]);
    const decisions = ledgerCsv("quyet_dinh", [exampleDecisionCells({ ma_ho_so: "B/001" }), exampleDecisionCells({ ma_ho_so: "B/002", stt_qd: "1", trang_thai: "hoan", can_cu: "c" })]);
    const money = ledgerCsv("so_tien", [exampleMoneyCells({ ma_ho_so: "B/001" }), exampleMoneyCells({ ma_ho_so: "B/001", loai: "co_dieu_kien", so_tien: "120.000.000", so_chung_tu: "" })]);
    for (const file of [cases1, decisions, money]) {
      const first = await importCsv(PEOPLE.supervisor, file);
      const inserted = Object.values(first.inserted).reduce((sum, n) => sum + n, 0);
      expect(inserted).toBeGreaterThan(0);
      const before = await ledgerSnapshot();
      const again = await importCsv(PEOPLE.supervisor, file);
      expect(again).toEqual({ kind: first.kind, rows: 2, inserted: { cases: 0, obligations: 0, decisions: 0, moneyEntries: 0 }, skipped: 2 });
      expect(await ledgerSnapshot()).toEqual(before);
    }
  });

  test("a file with one bad row changes nothing, and the error names the row (a cell of the file, or a reference)", async () => {
    const before = await ledgerSnapshot();
    const audits = await auditCount();
    const badCell = ledgerCsv("ho_so", [caseCells("C/001", 3001), caseCells("C/002", 3002), caseCells("C/003", 3003, { ngay_qd: "31/02/2026" })]);
    const badReference = ledgerCsv("ho_so", [caseCells("C/001", 3001), caseCells("C/002", 3002, { ten_dang_nhap_chv: "chv.khongco" }), caseCells("C/003", 3003)]);
    const formerOfficer = ledgerCsv("ho_so", [caseCells("C/001", 3001, { ten_dang_nhap_chv: "chv.nghi" })]);
    const otherOfficeOfficer = ledgerCsv("ho_so", [caseCells("C/001", 3001, { ten_dang_nhap_chv: "chv.chilinh" })]);
    const cases: [string, string, string][] = [
      [badCell, "line.4.ngay_qd", "không tồn tại"],
      [badReference, "line.3.ten_dang_nhap_chv", "chv.khongco"],
      [formerOfficer, "line.2.ten_dang_nhap_chv", "chv.nghi"],
      [otherOfficeOfficer, "line.2.ten_dang_nhap_chv", "HD.TPHD"],
    ];
    for (const [file, path, words] of cases) {
      const problem = await problemOf(importCsv(PEOPLE.supervisor, file));
      expect(problem.status).toBe(422);
      expect(problem.errors).toEqual([{ path, message: expect.stringContaining(words) }]);
      expect(problem.detail).toContain("không dòng nào được nhập");
    }
    expect(await ledgerSnapshot()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  test("rows of one file that clash with each other or with the ledger are named", async () => {
    await importCsv(PEOPLE.supervisor, ledgerCsv("ho_so", [caseCells("D/001", 4001), caseCells("D/003", 4010)]));
    const file = ledgerCsv("ho_so", [
      caseCells("D/002", 4002),
      caseCells("D/002", 4003), // same key as line 2
      caseCells("D/004", 4002), // same QĐTHA as line 2
      caseCells("D/005", 4010), // the QĐTHA of another case already in the ledger (D/003)
      caseCells("D/001", 4001, { nguoi_phai_thi_hanh: "Trần Thị Mai", so_tien_phai_thi_hanh: "130.000.000" }), // D/001 says otherwise now
    ]);
    const problem = await problemOf(importCsv(PEOPLE.supervisor, file));
    expect(problem.errors.map((error) => error.path)).toEqual(["line.3.ma_ho_so", "line.4.so_qd_thi_hanh", "line.5.so_qd_thi_hanh", "line.6.nguoi_phai_thi_hanh", "line.6.so_tien_phai_thi_hanh"]);
    expect(problem.errors[3]?.message).toContain("(Nguyễn Văn Hùng)");
    expect(problem.errors[4]?.message).toContain("không sửa hồ sơ đã có");
  });

  test("who may import: a supervisor only their office (a per-row error), a leader or admin their province's offices, an officer nobody", async () => {
    const forTphd = (code: string, n: number) => caseCells(code, n);
    const forChilinh = (code: string, n: number) => caseCells(code, n, { ma_don_vi: "HD.CHILINH", ten_dang_nhap_chv: "chv.chilinh" });
    const crossOffice = await problemOf(importCsv(PEOPLE.chilinhSupervisor, ledgerCsv("ho_so", [forChilinh("E/001", 5001), forTphd("E/002", 5002)])));
    expect(crossOffice).toMatchObject({ status: 422, errors: [{ path: "line.3.ma_don_vi", message: expect.stringContaining("HD.TPHD") }] });
    const unknownUnit = await problemOf(importCsv(PEOPLE.leader, ledgerCsv("ho_so", [caseCells("E/003", 5003, { ma_don_vi: "HD.KHONGCO" })])));
    expect(unknownUnit.errors[0]?.message).toBe(crossOffice.errors[0]?.message.replace("HD.TPHD", "HD.KHONGCO"));
    const foreign = await problemOf(importCsv(PEOPLE.foreignLeader, ledgerCsv("ho_so", [forTphd("E/004", 5004)])));
    expect(foreign.errors.map((error) => error.path)).toEqual(["line.2.ma_don_vi"]);
    expect((await problemOf(importCsv(PEOPLE.officer, ledgerCsv("ho_so", [forTphd("E/005", 5005)])))).status).toBe(403);

    const leaderFile = ledgerCsv("ho_so", [forChilinh("E/006", 5006), forTphd("E/007", 5007)]);
    expect((await importCsv(PEOPLE.leader, leaderFile)).inserted.cases).toBe(2);
    expect((await importCsv(PEOPLE.admin, ledgerCsv("ho_so", [forTphd("E/008", 5008)]))).inserted.cases).toBe(1);
    expect((await importCsv(PEOPLE.chilinhSupervisor, ledgerCsv("ho_so", [forChilinh("E/009", 5009)]))).inserted.cases).toBe(1);
  });

  test("a decision file appends to the history and moves the case's current status to its latest decision", async () => {
    await importCsv(PEOPLE.supervisor, ledgerCsv("ho_so", [caseCells("F/001", 6001), caseCells("F/002", 6002)]));
    const decisions = ledgerCsv("quyet_dinh", [
      exampleDecisionCells({ ma_ho_so: "F/001", stt_qd: "1", trang_thai: "hoan", can_cu: "c", so_qd: "601/QĐ-CCTHADS", ngay_qd: "10/03/2026" }),
      exampleDecisionCells({ ma_ho_so: "F/001", stt_qd: "3", trang_thai: "thi_hanh_xong", can_cu: "", so_qd: "603/XN-CCTHADS", ngay_qd: "2026-06-01" }),
      exampleDecisionCells({ ma_ho_so: "F/001", stt_qd: "2", trang_thai: "Tiếp tục thi hành", can_cu: "", so_qd: "602/QĐ-CCTHADS", ngay_qd: "05/05/2026" }),
      exampleDecisionCells({ ma_ho_so: "F/002", stt_qd: "1", trang_thai: "chua_co_dieu_kien", can_cu: "a" }),
    ]);
    expect(await importCsv(PEOPLE.supervisor, decisions)).toMatchObject({ kind: "quyet_dinh", rows: 4, inserted: { decisions: 4 }, skipped: 0 });
    const first = await getCase(handle.db, PEOPLE.supervisor, importedCaseId({ unitCode: "HD.TPHD", caseCode: "F/001" }));
    expect(first.case.status).toBe("thi_hanh_xong");
    expect(first.case.statusHistory.map((entry) => entry.status)).toEqual(["dang_thi_hanh", "hoan", "dang_thi_hanh", "thi_hanh_xong"]);
    const [second] = await handle.db.select().from(cases).where(eq(cases.id, importedCaseId({ unitCode: "HD.TPHD", caseCode: "F/002" })));
    expect(second).toMatchObject({ status: "chua_co_dieu_kien", statusGround: "a" });

    const before = await ledgerSnapshot();
    const rewrites = ledgerCsv("quyet_dinh", [
      exampleDecisionCells({ ma_ho_so: "F/002", stt_qd: "1", trang_thai: "chua_co_dieu_kien", can_cu: "c" }), // seq 1 taken by another decision
      exampleDecisionCells({ ma_ho_so: "F/002", stt_qd: "2", trang_thai: "dang_thi_hanh", can_cu: "", ngay_qd: "01/03/2026" }), // before the QĐTHA
      exampleDecisionCells({ ma_ho_so: "F/404", stt_qd: "1" }), // no such case
      exampleDecisionCells({ ma_ho_so: "F/001", stt_qd: "4", trang_thai: "dinh_chi", can_cu: "", ngay_qd: "02/06/2026" }),
      exampleDecisionCells({ ma_ho_so: "F/001", stt_qd: "4", trang_thai: "dinh_chi", can_cu: "", ngay_qd: "02/06/2026" }), // the same seq twice
    ]);
    const problem = await problemOf(importCsv(PEOPLE.supervisor, rewrites));
    expect(problem.errors).toEqual([
      { path: "line.2.can_cu", message: expect.stringContaining("không được ghi đè") },
      { path: "line.3.ngay_qd", message: expect.stringContaining("trước ngày của quyết định số thứ tự 1") },
      { path: "line.4.ma_ho_so", message: expect.stringContaining("hãy nhập tệp hồ sơ trước") },
      { path: "line.6.stt_qd", message: expect.stringContaining("trùng với dòng 5") },
    ]);
    expect(await ledgerSnapshot()).toEqual(before);
  });

  test("an imported decision closes « cần ra quyết định » like one recorded on the form", async () => {
    await importCsv(PEOPLE.supervisor, ledgerCsv("ho_so", [caseCells("G/001", 7001)]));
    const caseId = importedCaseId({ unitCode: "HD.TPHD", caseCode: "G/001" });
    const typed = { type: "xac_minh" as const, payload: buildVerificationPayload({ conclusion: { conclusion: "chua_co_dieu_kien", ground: "a" } }) };
    const record = await buildFinalRecord({ caseId, authorId: PEOPLE.officer.id, typed });
    await storeAttachmentsOf(handle.db, [record], PEOPLE.officer.id);
    expect((await pushRecords(handle.db, PEOPLE.officer, pushEnvelope([record]))).results[0]?.status).toBe("applied");
    await decideRecord(handle.db, PEOPLE.supervisor, record.id, { decision: "approve" });
    const open = async () => (await listReviewQueue(handle.db, PEOPLE.supervisor, { page: 1, pageSize: 10 })).decisionsNeeded.filter((item) => item.caseId === caseId);
    expect(await open()).toHaveLength(1);
    await importCsv(PEOPLE.supervisor, ledgerCsv("quyet_dinh", [exampleDecisionCells({ ma_ho_so: "G/001", stt_qd: "1", trang_thai: "chua_co_dieu_kien", can_cu: "a", so_qd: "701/QĐ-CCTHADS" })]));
    expect(await open()).toEqual([]);
  });

  test("a money file adds entries of cases in the ledger; identical rows and entries before the case are refused", async () => {
    await importCsv(PEOPLE.supervisor, ledgerCsv("ho_so", [caseCells("G/001", 7001)]));
    const good = ledgerCsv("so_tien", [
      exampleMoneyCells({ ma_ho_so: "G/001", loai: "co_dieu_kien", so_tien: "120.000.000", so_chung_tu: "", ngay: "10/03/2026" }),
      exampleMoneyCells({ ma_ho_so: "G/001", so_chung_tu: "BL-1" }),
      exampleMoneyCells({ ma_ho_so: "G/001", so_chung_tu: "BL-2" }),
    ]);
    expect(await importCsv(PEOPLE.supervisor, good)).toMatchObject({ kind: "so_tien", rows: 3, inserted: { moneyEntries: 3 }, skipped: 0 });
    const detail = await getCase(handle.db, PEOPLE.supervisor, importedCaseId({ unitCode: "HD.TPHD", caseCode: "G/001" }));
    expect(detail.moneyEntries.map((entry) => [entry.kind, entry.amount])).toEqual([["co_dieu_kien", 120_000_000], ["thu", 5_000_000], ["thu", 5_000_000]]);

    const bad = ledgerCsv("so_tien", [
      exampleMoneyCells({ ma_ho_so: "G/001", so_chung_tu: "BL-3" }),
      exampleMoneyCells({ ma_ho_so: "G/001", so_chung_tu: "BL-3" }),
      exampleMoneyCells({ ma_ho_so: "G/001", so_chung_tu: "BL-4", ngay: "01/02/2026" }),
    ]);
    const problem = await problemOf(importCsv(PEOPLE.supervisor, bad));
    expect(problem.errors).toEqual([
      { path: "line.3.so_chung_tu", message: expect.stringContaining("trùng hoàn toàn với dòng 2") },
      { path: "line.4.ngay", message: expect.stringContaining("trước ngày thụ lý hồ sơ (02/03/2026)") },
    ]);
  });

  test("a file that is not a ledger file, not UTF-8 or empty is refused before the database is touched", async () => {
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode(""), "Tệp rỗng"],
      [new TextEncoder().encode("ho_ten,dia_chi\nA,B\n"), "Không nhận ra loại tệp"],
      [Uint8Array.from([0x6d, 0xe3, 0x2c, 0x78, 0x0a]), "UTF-8"],
    ];
    for (const [bytes, words] of cases) {
      const problem = await problemOf(importLedger(handle.db, PEOPLE.supervisor, bytes, NOW));
      expect(problem).toMatchObject({ status: 422, errors: [{ path: "line.1", message: expect.stringContaining(words) }] });
    }
  });
});
