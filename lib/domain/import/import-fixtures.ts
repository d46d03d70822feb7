import { LEDGER_COLUMNS, type LedgerFileKind } from "./ledger-columns";

// Example rows of the three import files, as the national software would export them (docs/import-format.md),
// for tests: unit tests here, the server's integration tests and the e2e API spec. Never imported by the app.

export type Cells = Record<string, string>;

export function exampleCaseCells(overrides: Cells = {}): Cells {
  return {
    ma_don_vi: "HD.TPHD",
    ma_ho_so: "2026/TPHD/000123",
    so_qd_thi_hanh: "123/QĐ-CCTHADS",
    ngay_qd: "02/03/2026",
    ngay_thu_ly: "02/03/2026",
    nguoi_ky_qd: "Phạm Văn Dũng",
    loai_viec: "theo_yeu_cau",
    ten_dang_nhap_chv: "chv.test1",
    so_ban_an: "45/2025/DS-ST",
    ngay_ban_an: "15/12/2025",
    toa_an: "Tòa án nhân dân thành phố Hải Dương",
    loai_nguoi_phai_thi_hanh: "ca_nhan",
    nguoi_phai_thi_hanh: "Nguyễn Văn Hùng",
    giay_to_nguoi_phai_thi_hanh: "030085001234",
    dia_chi_nguoi_phai_thi_hanh: "Thôn Đông, xã Cẩm Hưng, huyện Cẩm Giàng, tỉnh Hải Dương",
    loai_nguoi_duoc_thi_hanh: "to_chuc",
    nguoi_duoc_thi_hanh: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
    giay_to_nguoi_duoc_thi_hanh: "0100686174",
    dia_chi_nguoi_duoc_thi_hanh: "Số 2 Láng Hạ, phường Thành Công, quận Ba Đình, thành phố Hà Nội",
    so_tien_phai_thi_hanh: "120.000.000",
    noi_dung_nghia_vu: "Trả nợ gốc và lãi tiền vay",
    nghia_vu_khac: "",
    ...overrides,
  };
}

export function exampleDecisionCells(overrides: Cells = {}): Cells {
  return {
    ma_don_vi: "HD.TPHD",
    ma_ho_so: "2026/TPHD/000123",
    stt_qd: "1",
    trang_thai: "chua_co_dieu_kien",
    can_cu: "a",
    so_qd: "210/QĐ-CCTHADS",
    ngay_qd: "15/04/2026",
    nguoi_ky: "Phạm Văn Dũng",
    ...overrides,
  };
}

export function exampleMoneyCells(overrides: Cells = {}): Cells {
  return {
    ma_don_vi: "HD.TPHD",
    ma_ho_so: "2026/TPHD/000123",
    loai: "thu",
    so_tien: "5.000.000",
    ngay: "20/03/2026",
    so_chung_tu: "BL-0001234",
    ...overrides,
  };
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole file of `kind`: the header of all its columns (or `columns`), then one line per row, CRLF as Excel writes. */
export function ledgerCsv(kind: LedgerFileKind, rows: readonly Cells[], options: { columns?: readonly string[]; bom?: boolean; eol?: string } = {}): string {
  const columns = options.columns ?? [...LEDGER_COLUMNS[kind].required, ...LEDGER_COLUMNS[kind].optional];
  const eol = options.eol ?? "\r\n";
  const lines = [columns.join(","), ...rows.map((row) => columns.map((column) => csvField(row[column] ?? "")).join(","))];
  return `${options.bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`;
}
