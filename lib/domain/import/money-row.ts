import { MoneyEntryKindSchema, type MoneyEntry } from "../cases";
import { z } from "../z";
import { CaseCodeCell, codeCell, dateCell, MoneyCell, textCell, UnitCodeCell } from "./cells";
import type { CaseKey } from "./ledger-ids";

// A row of the money file (tệp sổ tiền): one line of a case's money ledger in whole đồng (domain §2.4) — the
// amount with conditions as assessed, a receipt (one row per biên lai), an amount ended by đình chỉ, a reduction.

export interface MoneyImportRow {
  key: CaseKey;
  entry: MoneyEntry;
}

const KindCell = codeCell(
  MoneyEntryKindSchema.options,
  { co_dieu_kien: ["Có điều kiện", "Có điều kiện thi hành"], thu: ["Thu", "Thu tiền", "Đã thu"], dinh_chi: ["Đình chỉ"], giam: ["Giảm", "Miễn giảm"] },
  "Loại phải là co_dieu_kien, thu, dinh_chi hoặc giam",
);

export function moneyRowSchema(today: string) {
  return z
    .object({
      ma_don_vi: UnitCodeCell,
      ma_ho_so: CaseCodeCell,
      loai: KindCell,
      so_tien: MoneyCell.refine((amount) => amount > 0, { error: "Số tiền phải lớn hơn 0" }),
      ngay: dateCell(today),
      so_chung_tu: textCell("Số chứng từ", 1, 120).optional(),
    })
    .transform((cells): MoneyImportRow => ({
      key: { unitCode: cells.ma_don_vi, caseCode: cells.ma_ho_so },
      entry: { kind: cells.loai, amount: cells.so_tien, date: cells.ngay, reference: cells.so_chung_tu ?? null },
    }));
}
