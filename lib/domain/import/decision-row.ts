import { STATUS_LABELS_VI } from "../case-status";
import { CaseStatusSchema, DecisionNumberSchema, StatusEntrySchema, type StatusEntry } from "../case-status-schemas";
import { z } from "../z";
import { CaseCodeCell, codeCell, dateCell, GroundCell, SeqCell, textCell, UnitCodeCell } from "./cells";
import type { CaseKey } from "./ledger-ids";

// A row of the decision file (tệp quyết định): one decision of the head that sets the case's statistical status
// (domain §2.4) — chưa có điều kiện, hoãn, tạm đình chỉ, đình chỉ, tiếp tục thi hành, thi hành xong … — at its
// place `seq` in the case's history. The history is appended to, never rewritten.

export interface DecisionImportRow {
  key: CaseKey;
  seq: number;
  entry: StatusEntry;
}

const STATUS_LABELS = Object.fromEntries(
  CaseStatusSchema.options.map((status) => [status, [STATUS_LABELS_VI[status], ...(status === "hoan" ? ["Hoãn"] : []), ...(status === "dang_thi_hanh" ? ["Tiếp tục thi hành"] : [])]]),
);
const StatusCell = codeCell(CaseStatusSchema.options, STATUS_LABELS, `Trạng thái phải là một trong: ${CaseStatusSchema.options.join(", ")}`);

// StatusEntrySchema's fields and the columns that carry them, so that its rules (a ground for hoãn and chưa có
// điều kiện only, Đ.44a grounds a–c) are reported on the right cell.
const COLUMN_OF: Record<string, string> = { status: "trang_thai", ground: "can_cu", decisionNumber: "so_qd", decisionDate: "ngay_qd", signer: "nguoi_ky" };

export function decisionRowSchema(today: string) {
  return z
    .object({
      ma_don_vi: UnitCodeCell,
      ma_ho_so: CaseCodeCell,
      stt_qd: SeqCell,
      trang_thai: StatusCell,
      can_cu: GroundCell.optional(),
      so_qd: DecisionNumberSchema,
      ngay_qd: dateCell(today),
      nguoi_ky: textCell("Họ tên người ký", 2, 120),
    })
    .transform((cells, ctx): DecisionImportRow => {
      const entry = { status: cells.trang_thai, ground: cells.can_cu ?? null, decisionNumber: cells.so_qd, decisionDate: cells.ngay_qd, signer: cells.nguoi_ky };
      const checked = StatusEntrySchema.safeParse(entry);
      if (!checked.success) {
        for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: [COLUMN_OF[String(issue.path[0])] ?? "trang_thai"], message: issue.message });
      }
      return { key: { unitCode: cells.ma_don_vi, caseCode: cells.ma_ho_so }, seq: cells.stt_qd, entry: checked.success ? checked.data : entry };
    });
}
