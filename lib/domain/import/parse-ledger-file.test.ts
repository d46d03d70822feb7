import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { exampleCaseCells, exampleDecisionCells, exampleMoneyCells, ledgerCsv, type Cells } from "./import-fixtures";
import type { ImportIssue } from "./import-issue";
import type { LedgerFileKind } from "./ledger-columns";
import { decodeLedgerBytes, parseLedgerFile } from "./parse-ledger-file";

const TODAY = "2026-07-01";

function issuesOf(kind: LedgerFileKind, rows: Cells[]): ImportIssue[] {
  return parseLedgerFile(ledgerCsv(kind, rows), TODAY).issues;
}

test("a good case file: typed rows with their spreadsheet row numbers, dd/mm/yyyy and ISO dates, BOM and CRLF", () => {
  const second = exampleCaseCells({ ma_ho_so: "2026/TPHD/000124", so_qd_thi_hanh: "124/QĐ-CCTHADS", ngay_qd: "2026-03-05", ngay_thu_ly: "5/3/2026", ten_dang_nhap_chv: "" });
  const parsed = parseLedgerFile(ledgerCsv("ho_so", [exampleCaseCells(), second], { bom: true }), TODAY);
  expect(parsed.issues).toEqual([]);
  expect(parsed.kind).toBe("ho_so");
  expect(parsed.rowCount).toBe(2);
  if (parsed.kind !== "ho_so") return;
  const [first, next] = parsed.rows;
  expect(first?.line).toBe(2);
  expect(first?.row).toMatchObject({
    key: { unitCode: "HD.TPHD", caseCode: "2026/TPHD/000123" },
    decisionNumber: "123/QĐ-CCTHADS",
    decisionDate: "2026-03-02",
    acceptedDate: "2026-03-02",
    kind: "theo_yeu_cau",
    officerUsername: "chv.test1",
    judgment: { number: "45/2025/DS-ST", date: "2025-12-15", court: "Tòa án nhân dân thành phố Hải Dương" },
    debtor: { type: "person", fullName: "Nguyễn Văn Hùng", identity: { kind: "dinh_danh", number: "030085001234" } },
    creditor: { type: "organization", enterpriseCode: "0100686174" },
    money: { description: "Trả nợ gốc và lãi tiền vay", amount: 120_000_000 },
    nonMoney: [],
  });
  expect(next).toMatchObject({ line: 3, row: { decisionDate: "2026-03-05", acceptedDate: "2026-03-05", officerUsername: null } });
});

test("columns in any order, named with diacritics or in capitals; optional columns may be left out", () => {
  const columns = ["Mã hồ sơ", "MA_DON_VI", "loai", "ngày", "so_tien"];
  const text = `${columns.join(",")}\n2026/TPHD/000123,hd.tphd,Thu tiền,20/03/2026,1.500.000\n`;
  const parsed = parseLedgerFile(text, TODAY);
  expect(parsed.issues).toEqual([]);
  expect(parsed.kind === "so_tien" && parsed.rows[0]?.row).toEqual({
    key: { unitCode: "HD.TPHD", caseCode: "2026/TPHD/000123" },
    entry: { kind: "thu", amount: 1_500_000, date: "2026-03-20", reference: null },
  });
});

test("quoted commas and line breaks inside cells; several non-money obligations, one per line", () => {
  const row = exampleCaseCells({
    nguoi_duoc_thi_hanh: 'Công ty TNHH "An Phát", chi nhánh Hải Dương',
    loai_nguoi_duoc_thi_hanh: "Tổ chức",
    giay_to_nguoi_duoc_thi_hanh: "0800123456-001",
    so_tien_phai_thi_hanh: "0",
    noi_dung_nghia_vu: "",
    nghia_vu_khac: "Trả lại 01 xe mô tô Honda Wave\r\nTháo dỡ tường rào lấn chiếm",
  });
  const parsed = parseLedgerFile(ledgerCsv("ho_so", [row, exampleCaseCells({ ma_ho_so: "2026/TPHD/000999", so_qd_thi_hanh: "999/QĐ-CCTHADS" })]), TODAY);
  expect(parsed.issues).toEqual([]);
  expect(parsed.kind === "ho_so" && parsed.rows.map((r) => r.line)).toEqual([2, 3]);
  expect(parsed.kind === "ho_so" && parsed.rows[0]?.row).toMatchObject({
    creditor: { type: "organization", name: 'Công ty TNHH "An Phát", chi nhánh Hải Dương', enterpriseCode: "0800123456-001" },
    money: null,
    nonMoney: ["Trả lại 01 xe mô tô Honda Wave", "Tháo dỡ tường rào lấn chiếm"],
  });
});

test.each<[string, string, string]>([
  ["ma_don_vi", "HD TPHD", "Mã đơn vị"],
  ["ma_ho_so", "2026|123", "Mã hồ sơ"],
  ["ma_ho_so", "", "Chưa nhập"],
  ["so_qd_thi_hanh", "QĐ 123", "123/QĐ-CCTHADS"],
  ["ngay_qd", "31/02/2026", "không tồn tại"],
  ["ngay_qd", "02.03.2026", "dd/mm/yyyy"],
  ["ngay_qd", "02/03/2027", "sau hôm nay"],
  ["ngay_thu_ly", "", "Chưa nhập"],
  ["nguoi_ky_qd", "P", "quá ngắn"],
  ["loai_viec", "cưỡng chế", "chu_dong"],
  ["ten_dang_nhap_chv", "Chấp hành viên A", "Tên đăng nhập"],
  ["so_ban_an", "", "Chưa nhập"],
  ["ngay_ban_an", "03/03/2026", "sau ngày quyết định"],
  ["toa_an", "TA", "quá ngắn"],
  ["loai_nguoi_phai_thi_hanh", "doanh nghiệp", "ca_nhan"],
  ["nguoi_phai_thi_hanh", "", "bắt buộc"],
  ["giay_to_nguoi_phai_thi_hanh", "12345", "12 chữ số"],
  ["dia_chi_nguoi_phai_thi_hanh", "", "Chưa nhập"],
  ["loai_nguoi_duoc_thi_hanh", "", "Chưa nhập"],
  ["nguoi_duoc_thi_hanh", "X", "quá ngắn"],
  ["giay_to_nguoi_duoc_thi_hanh", "030085001234", "Mã số doanh nghiệp"],
  ["dia_chi_nguoi_duoc_thi_hanh", "HN", "quá ngắn"],
  ["so_tien_phai_thi_hanh", "1,5", "số nguyên đồng"],
  ["so_tien_phai_thi_hanh", "-300000", "số nguyên đồng"],
  ["so_tien_phai_thi_hanh", "12.00", "số nguyên đồng"],
  ["so_tien_phai_thi_hanh", "99999999999999999", "số nguyên đồng"],
  ["so_tien_phai_thi_hanh", "0", "ít nhất một nghĩa vụ"],
  ["noi_dung_nghia_vu", "x", "quá ngắn"],
])("case file: %s = %j is refused on its row and column", (column, value, message) => {
  const rows = [exampleCaseCells(), exampleCaseCells({ ma_ho_so: "2026/TPHD/000124", [column]: value })];
  const issues = issuesOf("ho_so", rows);
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.every((issue) => issue.line === 3)).toBe(true);
  expect(issues).toContainEqual({ line: 3, column, message: expect.stringContaining(message) });
});

test.each<[string, Cells, string]>([
  ["stt_qd", { stt_qd: "0" }, "Số thứ tự 0"],
  ["stt_qd", { stt_qd: "một" }, "số nguyên"],
  ["trang_thai", { trang_thai: "ket_thuc" }, "Trạng thái phải là"],
  ["can_cu", { trang_thai: "hoan", can_cu: "" }, "phải ghi rõ căn cứ"],
  ["can_cu", { trang_thai: "dinh_chi", can_cu: "a" }, "không có căn cứ"],
  ["can_cu", { trang_thai: "chua_co_dieu_kien", can_cu: "e" }, "a, b hoặc c"],
  ["can_cu", { trang_thai: "hoan", can_cu: "k" }, "một điểm"],
  ["so_qd", { so_qd: "" }, "bắt buộc"],
  ["ngay_qd", { ngay_qd: "15/13/2026" }, "không tồn tại"],
  ["nguoi_ky", { nguoi_ky: "" }, "Chưa nhập"],
])("decision file: bad %s is refused on its row", (column, overrides, message) => {
  const issues = issuesOf("quyet_dinh", [exampleDecisionCells(), exampleDecisionCells({ stt_qd: "2", ...overrides })]);
  expect(issues).toContainEqual({ line: 3, column, message: expect.stringContaining(message) });
  expect(issues.every((issue) => issue.line === 3)).toBe(true);
});

test("decision file: statuses and grounds may be written as people read them", () => {
  const parsed = parseLedgerFile(
    ledgerCsv("quyet_dinh", [
      exampleDecisionCells({ trang_thai: "Hoãn thi hành án", can_cu: "điểm đ" }),
      exampleDecisionCells({ stt_qd: "2", trang_thai: "Tiếp tục thi hành", can_cu: "", ngay_qd: "2026-05-04" }),
      exampleDecisionCells({ stt_qd: "3", trang_thai: "Chưa có điều kiện", can_cu: "C", ngay_qd: "2026-06-01" }),
    ]),
    TODAY,
  );
  expect(parsed.issues).toEqual([]);
  expect(parsed.kind === "quyet_dinh" && parsed.rows.map((r) => [r.row.seq, r.row.entry.status, r.row.entry.ground])).toEqual([
    [1, "hoan", "dd"],
    [2, "dang_thi_hanh", null],
    [3, "chua_co_dieu_kien", "c"],
  ]);
});

test.each<[string, Cells, string]>([
  ["loai", { loai: "hoàn trả" }, "co_dieu_kien, thu"],
  ["so_tien", { so_tien: "0" }, "lớn hơn 0"],
  ["so_tien", { so_tien: "1 500 000" }, "số nguyên đồng"],
  ["ngay", { ngay: "" }, "Chưa nhập"],
  ["ngay", { ngay: "01/01/1900" }, "trước 1950"],
  ["so_chung_tu", { so_chung_tu: "x".repeat(121) }, "quá dài"],
])("money file: bad %s is refused on its row", (column, overrides, message) => {
  const issues = issuesOf("so_tien", [exampleMoneyCells(), exampleMoneyCells(overrides)]);
  expect(issues).toEqual([{ line: 3, column, message: expect.stringContaining(message) }]);
});

test("a row with too many or too few cells is named, the others are still read", () => {
  const text = `${ledgerCsv("so_tien", [exampleMoneyCells()])}HD.TPHD,2026/TPHD/000123,thu,5000\nHD.TPHD,2026/TPHD/000123,thu,5000,20/03/2026,BL-1,thừa\n`;
  const parsed = parseLedgerFile(text, TODAY);
  expect(parsed.rowCount).toBe(3);
  expect(parsed.rows).toHaveLength(1);
  expect(parsed.issues.map((issue) => [issue.line, issue.message.slice(0, 12)])).toEqual([[3, "Dòng có 4 ô "], [4, "Dòng có 7 ô "]]);
});

test("blank rows are skipped but counted, so later rows keep the spreadsheet's numbers", () => {
  const text = ledgerCsv("so_tien", [exampleMoneyCells(), { ma_don_vi: "" }, exampleMoneyCells({ so_tien: "abc" })]);
  const parsed = parseLedgerFile(text, TODAY);
  expect(parsed.rowCount).toBe(2);
  expect(parsed.issues).toEqual([{ line: 4, column: "so_tien", message: expect.any(String) }]);
});

test.each<[string, string, Partial<ImportIssue>[]]>([
  ["an empty file", "", [{ line: 1, message: expect.stringContaining("Tệp rỗng") }]],
  ["only a BOM and blank lines", "\uFEFF\r\n\r\n", [{ line: 1, message: expect.stringContaining("Tệp rỗng") }]],
  ["a header only", "ma_don_vi,ma_ho_so,loai,so_tien,ngay\r\n", [{ line: 2, message: expect.stringContaining("không có dòng dữ liệu") }]],
  ["an unknown header", "ho_ten,dia_chi,so_dien_thoai\nA,B,C\n", [{ line: 1, message: expect.stringContaining("Không nhận ra loại tệp") }]],
  ["only the key columns", "ma_don_vi,ma_ho_so\nHD.TPHD,1\n", [{ line: 1, message: expect.stringContaining("Không nhận ra loại tệp") }]],
  ["semicolons", "ma_don_vi;ma_ho_so;loai;so_tien;ngay\n", [{ line: 1, message: expect.stringContaining("dấu chấm phẩy") }]],
  [
    "an unknown column and a missing one",
    "ma_don_vi,ma_ho_so,loai,so_tien,ghi_chu\nHD.TPHD,1,thu,5000,x\n",
    [
      { line: 1, column: "ghi_chu", message: expect.stringContaining("« ghi_chu » không có trong định dạng tệp sổ tiền") },
      { line: 1, column: "ngay", message: expect.stringContaining("Thiếu cột bắt buộc « ngay »") },
    ],
  ],
  ["a repeated column", "ma_don_vi,ma_ho_so,loai,so_tien,ngay,Ngày\n", [{ line: 1, column: "ngay", message: expect.stringContaining("lặp lại") }]],
  ["a quote left open", 'ma_don_vi,ma_ho_so,loai,so_tien,ngay\nHD.TPHD,"1,thu,5000,20/03/2026\n', [{ line: 2, message: expect.stringContaining("không đóng lại") }]],
])("%s is refused as a whole", (_label, text, expected) => {
  const parsed = parseLedgerFile(text, TODAY);
  expect(parsed.kind).toBeNull();
  expect(parsed.issues).toEqual(expected);
});

test("bytes that are not UTF-8 (an ANSI export) are refused; a UTF-8 BOM is dropped", () => {
  expect(decodeLedgerBytes(Uint8Array.from([0x4e, 0x67, 0x75, 0x79, 0xc3, 0x29]))).toEqual({ ok: false, issue: { line: 1, message: expect.stringContaining("UTF-8") } });
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Mã")]);
  expect(decodeLedgerBytes(withBom)).toEqual({ ok: true, text: "Mã" });
});

test("the examples of docs/import-format.md are read without an issue, each as its kind", () => {
  const doc = readFileSync(path.join(process.cwd(), "docs/import-format.md"), "utf8");
  const examples = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  expect(examples).toHaveLength(3);
  const parsed = examples.map((text) => parseLedgerFile(text, TODAY));
  expect(parsed.map((file) => [file.kind, file.rowCount, file.issues])).toEqual([
    ["ho_so", 2, []],
    ["quyet_dinh", 3, []],
    ["so_tien", 3, []],
  ]);
});
