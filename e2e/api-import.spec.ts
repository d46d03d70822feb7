import type { APIRequestContext } from "@playwright/test";
import { CaseDetailSchema } from "../lib/domain/api/cases";
import { LedgerImportResponseSchema } from "../lib/domain/api/import";
import { exampleCaseCells, exampleDecisionCells, exampleMoneyCells, ledgerCsv, type Cells } from "../lib/domain/import/import-fixtures";
import { importedCaseId } from "../lib/domain/import/ledger-ids";
import { ACCOUNTS, apiAs, expect, test, type AccountKey } from "./fixtures";

// The ledger import (issue #6): CSV files of the national software's export, all or nothing, idempotent. Each run
// uses its own case codes and QĐTHA numbers, so the spec can run again on the same database. The cases go to the
// Tứ Kỳ office, which no other spec reads: a 2026 case in TP Hải Dương would head its lists for the specs after.
const OFFICE = "HD.TUKY";
const OFFICER = "chv.tuky";
type Caller = AccountKey | "anonymous";
const CALLERS: Caller[] = ["anonymous", "officer", "supervisor", "foreignSupervisor", "leader"];
const contexts = new Map<Caller, APIRequestContext>();
const RUN = Math.floor(Date.now() / 1000);
const CSV = { "content-type": "text/csv; charset=utf-8" };

function ctx(caller: Caller): APIRequestContext {
  const context = contexts.get(caller);
  if (!context) throw new Error(`no context for ${caller}`);
  return context;
}

/** A case of this run, assigned to the office's first officer; numbers stay 7 digits and differ per run. */
function caseOfRun(k: number, overrides: Cells = {}): Cells {
  const number = 1_000_000 + (RUN % 800_000) * 10 + k;
  return exampleCaseCells({ ma_don_vi: OFFICE, ma_ho_so: `E2E/${RUN}/${k}`, so_qd_thi_hanh: `${number}/QĐ-CCTHADS`, ten_dang_nhap_chv: OFFICER, ...overrides });
}

function idOf(k: number): string {
  return importedCaseId({ unitCode: OFFICE, caseCode: `E2E/${RUN}/${k}` });
}

test.beforeAll(async ({ baseURL }) => {
  for (const caller of CALLERS) contexts.set(caller, await apiAs(baseURL ?? "", caller === "anonymous" ? null : ACCOUNTS[caller].username));
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test("the province's leader imports a good case file; the same file again inserts nothing; decisions and receipts follow", async () => {
  const file = ledgerCsv("ho_so", [caseOfRun(1), caseOfRun(2, { loai_viec: "Chủ động", ngay_qd: "2026-03-05" })], { bom: true });
  const first = await ctx("leader").post("/api/import/ledger", { data: file, headers: CSV });
  expect(first.status()).toBe(200);
  expect(LedgerImportResponseSchema.parse(await first.json())).toEqual({ kind: "ho_so", rows: 2, inserted: { cases: 2, obligations: 2, decisions: 2, moneyEntries: 0 }, skipped: 0 });
  const again = await ctx("leader").post("/api/import/ledger", { data: file, headers: CSV });
  expect(LedgerImportResponseSchema.parse(await again.json())).toEqual({ kind: "ho_so", rows: 2, inserted: { cases: 0, obligations: 0, decisions: 0, moneyEntries: 0 }, skipped: 2 });

  const key = { ma_don_vi: OFFICE, ma_ho_so: `E2E/${RUN}/1` };
  const decisions = ledgerCsv("quyet_dinh", [exampleDecisionCells({ ...key, trang_thai: "Chưa có điều kiện", can_cu: "a", ngay_qd: "15/04/2026" })]);
  const money = ledgerCsv("so_tien", [exampleMoneyCells({ ...key, so_chung_tu: `BL-${RUN}` })]);
  for (const [body, inserted] of [[decisions, { decisions: 1 }], [money, { moneyEntries: 1 }]] as const) {
    const response = await ctx("leader").post("/api/import/ledger", { data: body, headers: CSV });
    expect(response.status()).toBe(200);
    expect(LedgerImportResponseSchema.parse(await response.json()).inserted).toMatchObject(inserted);
  }
  const detail = CaseDetailSchema.parse(await (await ctx("leader").get(`/api/cases/${idOf(1)}`)).json());
  expect(detail.case).toMatchObject({ status: "chua_co_dieu_kien", kind: "theo_yeu_cau" });
  expect(detail.case.statusHistory.map((entry) => entry.status)).toEqual(["dang_thi_hanh", "chua_co_dieu_kien"]);
  expect(detail.moneyEntries).toEqual([{ kind: "thu", amount: 5_000_000, date: "2026-03-20", reference: `BL-${RUN}` }]);
  expect(detail.unit.code).toBe(OFFICE);
});

test("a file with bad rows writes nothing and names each row and column (422 problem+json)", async () => {
  const file = ledgerCsv("ho_so", [caseOfRun(3), caseOfRun(4, { ngay_qd: "31/02/2026" }), caseOfRun(5, { ten_dang_nhap_chv: "chv.khongco" })]);
  const response = await ctx("leader").post("/api/import/ledger", { data: file, headers: CSV });
  expect(response.status()).toBe(422);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = (await response.json()) as { code: string; detail: string; errors: { path: string; message: string }[] };
  expect(problem.code).toBe("unprocessable");
  expect(problem.detail).toContain("không dòng nào được nhập");
  expect(problem.errors).toEqual([
    { path: "line.3.ngay_qd", message: expect.stringContaining("không tồn tại") },
    { path: "line.4.ten_dang_nhap_chv", message: expect.stringContaining("chv.khongco") },
  ]);
  expect((await ctx("leader").get(`/api/cases/${idOf(3)}`)).status()).toBe(404);
});

test("who may import: the head of another office gets a row error (422), an officer 403, nobody signed in 401", async () => {
  const file = ledgerCsv("ho_so", [caseOfRun(6)]);
  for (const caller of ["supervisor", "foreignSupervisor"] as const) {
    const response = await ctx(caller).post("/api/import/ledger", { data: file, headers: CSV });
    expect(response.status(), caller).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors, caller).toEqual([{ path: "line.2.ma_don_vi", message: expect.stringContaining(OFFICE) }]);
  }
  expect((await ctx("officer").post("/api/import/ledger", { data: file, headers: CSV })).status()).toBe(403);
  expect((await ctx("anonymous").post("/api/import/ledger", { data: file, headers: CSV })).status()).toBe(401);
  expect((await ctx("leader").get(`/api/cases/${idOf(6)}`)).status()).toBe(404);
});

test("the body must be CSV: another type is 415, an unknown header or an empty body 422, GET 405", async () => {
  expect((await ctx("supervisor").post("/api/import/ledger", { data: { rows: [] } })).status()).toBe(415);
  const unknown = await ctx("supervisor").post("/api/import/ledger", { data: "ho_ten,dia_chi\nA,B\n", headers: CSV });
  expect(unknown.status()).toBe(422);
  expect(((await unknown.json()) as { errors: { path: string }[] }).errors).toEqual([{ path: "line.1", message: expect.stringContaining("Không nhận ra loại tệp") }]);
  expect((await ctx("supervisor").post("/api/import/ledger", { data: "", headers: CSV })).status()).toBe(422);
  expect((await ctx("supervisor").get("/api/import/ledger")).status()).toBe(405);
});
