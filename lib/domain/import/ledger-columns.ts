import { z } from "../z";
import { tokenOf } from "./cells";
import type { ImportIssue } from "./import-issue";

// The three files of the national software's exports that the import takes (docs/import-format.md). A file says
// what it is by its header row; the columns may come in any order, optional ones may be left out.
export const LedgerFileKindSchema = z.enum(["ho_so", "quyet_dinh", "so_tien"]);
export type LedgerFileKind = z.infer<typeof LedgerFileKindSchema>;

export const LEDGER_FILE_LABELS_VI: Record<LedgerFileKind, string> = {
  ho_so: "tệp hồ sơ",
  quyet_dinh: "tệp quyết định",
  so_tien: "tệp sổ tiền",
};

const KEY = ["ma_don_vi", "ma_ho_so"] as const;

export const LEDGER_COLUMNS = {
  ho_so: {
    required: [
      ...KEY, "so_qd_thi_hanh", "ngay_qd", "ngay_thu_ly", "nguoi_ky_qd", "loai_viec", "so_ban_an", "ngay_ban_an", "toa_an",
      "loai_nguoi_phai_thi_hanh", "nguoi_phai_thi_hanh", "dia_chi_nguoi_phai_thi_hanh",
      "loai_nguoi_duoc_thi_hanh", "nguoi_duoc_thi_hanh", "dia_chi_nguoi_duoc_thi_hanh", "so_tien_phai_thi_hanh",
    ],
    optional: ["ten_dang_nhap_chv", "giay_to_nguoi_phai_thi_hanh", "giay_to_nguoi_duoc_thi_hanh", "noi_dung_nghia_vu", "nghia_vu_khac"],
  },
  quyet_dinh: {
    required: [...KEY, "stt_qd", "trang_thai", "so_qd", "ngay_qd", "nguoi_ky"],
    optional: ["can_cu"],
  },
  so_tien: {
    required: [...KEY, "loai", "so_tien", "ngay"],
    optional: ["so_chung_tu"],
  },
} as const satisfies Record<LedgerFileKind, { required: readonly string[]; optional: readonly string[] }>;

export type HeaderResult = { ok: true; kind: LedgerFileKind; columns: string[] } | { ok: false; issues: ImportIssue[] };

const UNKNOWN_KIND =
  "Không nhận ra loại tệp: dòng 1 phải là dòng tiêu đề của tệp hồ sơ, tệp quyết định hoặc tệp sổ tiền (xem docs/import-format.md)";

/** The kind of a file from its header row, and its columns as codes (`Mã hồ sơ` is read as `ma_ho_so`). */
export function readHeader(cells: readonly string[]): HeaderResult {
  if (cells.length === 1 && (cells[0] ?? "").includes(";")) {
    return { ok: false, issues: [{ line: 1, message: "Tệp dùng dấu chấm phẩy (;) để ngăn cột; hãy lưu lại dạng CSV UTF-8 với dấu phẩy (,)" }] };
  }
  const columns = cells.map(tokenOf);
  const kind = likeliestKind(columns);
  if (!kind) return { ok: false, issues: [{ line: 1, message: UNKNOWN_KIND }] };

  const { required, optional } = LEDGER_COLUMNS[kind];
  const known = new Set<string>([...required, ...optional]);
  const issues: ImportIssue[] = [];
  columns.forEach((column, index) => {
    const label = cells[index]?.trim() || `(cột ${index + 1} để trống)`;
    if (!known.has(column)) {
      const message = `Cột « ${label} » không có trong định dạng ${LEDGER_FILE_LABELS_VI[kind]}`;
      issues.push(column === "" ? { line: 1, message } : { line: 1, column, message });
    }
    else if (columns.indexOf(column) !== index) issues.push({ line: 1, column, message: `Cột « ${label} » lặp lại` });
  });
  for (const column of required) {
    if (!columns.includes(column)) issues.push({ line: 1, column, message: `Thiếu cột bắt buộc « ${column} » của ${LEDGER_FILE_LABELS_VI[kind]}` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, kind, columns };
}

/** The kind sharing most columns with the header, if it is the only one and has at least half its required columns. */
function likeliestKind(columns: readonly string[]): LedgerFileKind | null {
  const scored = LedgerFileKindSchema.options.map((kind) => {
    const { required, optional } = LEDGER_COLUMNS[kind];
    const own = new Set<string>([...required, ...optional]);
    const requiredFound = required.filter((column) => columns.includes(column)).length;
    return { kind, score: columns.filter((column) => own.has(column)).length, isPlausible: requiredFound * 2 >= required.length };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || !best.isPlausible || (second && second.score === best.score)) return null;
  return best.kind;
}
