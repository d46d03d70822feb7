import { DecisionNumberSchema } from "../case-status-schemas";
import { CaseKindSchema, type CaseKind } from "../cases";
import { EnterpriseCodeSchema, isPlausiblePersonalId } from "../ids";
import { NameSchema, type Party } from "../parties";
import { UsernameSchema } from "../users";
import { z } from "../z";
import { CaseCodeCell, codeCell, dateCell, MoneyCell, textCell, UnitCodeCell } from "./cells";
import type { CaseKey } from "./ledger-ids";

// A row of the case file (tệp hồ sơ): one QĐTHA = one case (Luật THADS Đ.3 k.9), its judgment, both parties and
// what it orders. The QĐTHA becomes decision 0 of the case's status history (đang thi hành from its date).

export interface CaseImportRow {
  key: CaseKey;
  decisionNumber: string;
  decisionDate: string;
  acceptedDate: string;
  signer: string;
  kind: CaseKind;
  officerUsername: string | null;
  judgment: { number: string; date: string; court: string };
  debtor: Party;
  creditor: Party;
  /** The amount the decision orders, as one obligation line; null when it orders no money. */
  money: { description: string; amount: number } | null;
  nonMoney: string[];
}

const PartyKindCell = codeCell(["ca_nhan", "to_chuc"], { ca_nhan: ["Cá nhân"], to_chuc: ["Tổ chức"] }, "Loại đương sự phải là ca_nhan (cá nhân) hoặc to_chuc (tổ chức)");
const optionalText = z.string().trim().optional();
const DEFAULT_MONEY_DESCRIPTION = "Khoản tiền phải thi hành theo quyết định thi hành án";

export function caseRowSchema(today: string) {
  const date = dateCell(today);
  return z
    .object({
      ma_don_vi: UnitCodeCell,
      ma_ho_so: CaseCodeCell,
      so_qd_thi_hanh: DecisionNumberSchema,
      ngay_qd: date,
      ngay_thu_ly: date,
      nguoi_ky_qd: textCell("Họ tên người ký quyết định", 2, 120),
      loai_viec: codeCell(CaseKindSchema.options, { chu_dong: ["Chủ động"], theo_yeu_cau: ["Theo yêu cầu"] }, "Loại việc phải là chu_dong (chủ động) hoặc theo_yeu_cau (theo yêu cầu)"),
      ten_dang_nhap_chv: UsernameSchema.optional(),
      so_ban_an: textCell("Số bản án, quyết định", 1, 60),
      ngay_ban_an: date,
      toa_an: textCell("Tên Tòa án", 3, 200),
      loai_nguoi_phai_thi_hanh: PartyKindCell,
      nguoi_phai_thi_hanh: NameSchema,
      giay_to_nguoi_phai_thi_hanh: optionalText,
      dia_chi_nguoi_phai_thi_hanh: textCell("Địa chỉ", 3, 500),
      loai_nguoi_duoc_thi_hanh: PartyKindCell,
      nguoi_duoc_thi_hanh: NameSchema,
      giay_to_nguoi_duoc_thi_hanh: optionalText,
      dia_chi_nguoi_duoc_thi_hanh: textCell("Địa chỉ", 3, 500),
      so_tien_phai_thi_hanh: MoneyCell,
      noi_dung_nghia_vu: textCell("Nội dung nghĩa vụ", 2, 500).optional(),
      nghia_vu_khac: optionalText,
    })
    .transform((cells, ctx): CaseImportRow => {
      const fail = (column: string, message: string) => ctx.addIssue({ code: "custom", path: [column], message });
      if (cells.ngay_ban_an > cells.ngay_qd) fail("ngay_ban_an", "Ngày bản án sau ngày quyết định thi hành án");
      if (cells.ngay_ban_an > cells.ngay_thu_ly) fail("ngay_ban_an", "Ngày bản án sau ngày thụ lý");
      const party = (prefix: "phai" | "duoc") =>
        buildParty(cells[`loai_nguoi_${prefix}_thi_hanh`], cells[`nguoi_${prefix}_thi_hanh`], cells[`giay_to_nguoi_${prefix}_thi_hanh`], cells[`dia_chi_nguoi_${prefix}_thi_hanh`], (message) =>
          fail(`giay_to_nguoi_${prefix}_thi_hanh`, message),
        );
      const nonMoney = (cells.nghia_vu_khac ?? "").split(/\r?\n|\r/).map((line) => line.trim()).filter(Boolean);
      if (nonMoney.length > 50) fail("nghia_vu_khac", "Tối đa 50 nghĩa vụ khác, mỗi dòng một nghĩa vụ");
      if (nonMoney.some((item) => item.length < 2 || item.length > 1000)) fail("nghia_vu_khac", "Mỗi nghĩa vụ khác dài từ 2 đến 1.000 ký tự");
      const amount = cells.so_tien_phai_thi_hanh;
      if (amount === 0 && nonMoney.length === 0) fail("so_tien_phai_thi_hanh", "Quyết định phải có ít nhất một nghĩa vụ: số tiền lớn hơn 0 hoặc nghĩa vụ khác");
      if (amount === 0 && cells.noi_dung_nghia_vu) fail("noi_dung_nghia_vu", "Có nội dung nghĩa vụ trả tiền nhưng số tiền phải thi hành bằng 0");
      return {
        key: { unitCode: cells.ma_don_vi, caseCode: cells.ma_ho_so },
        decisionNumber: cells.so_qd_thi_hanh,
        decisionDate: cells.ngay_qd,
        acceptedDate: cells.ngay_thu_ly,
        signer: cells.nguoi_ky_qd,
        kind: cells.loai_viec,
        officerUsername: cells.ten_dang_nhap_chv ?? null,
        judgment: { number: cells.so_ban_an, date: cells.ngay_ban_an, court: cells.toa_an },
        debtor: party("phai"),
        creditor: party("duoc"),
        money: amount > 0 ? { description: cells.noi_dung_nghia_vu ?? DEFAULT_MONEY_DESCRIPTION, amount } : null,
        nonMoney,
      };
    });
}

/**
 * A party from its cells. The document number says which document it is: 12 digits a số định danh, 9 a CMND
 * (still written on older judgments, domain §6.1) for a person; a mã số doanh nghiệp for an organisation.
 */
function buildParty(kind: "ca_nhan" | "to_chuc", name: string, documentNumber: string | undefined, address: string, fail: (message: string) => void): Party {
  const asWritten = { asWritten: address };
  const number = documentNumber?.trim() ?? "";
  if (kind === "to_chuc") {
    if (number === "") return { type: "organization", name, address: asWritten };
    const code = EnterpriseCodeSchema.safeParse(number);
    if (!code.success) fail("Mã số doanh nghiệp của tổ chức phải gồm 10 chữ số (chi nhánh: 10 chữ số-3 chữ số)");
    return { type: "organization", name, enterpriseCode: number, address: asWritten };
  }
  if (number === "") return { type: "person", fullName: name, address: asWritten };
  if (/^\d{9}$/.test(number)) return { type: "person", fullName: name, identity: { kind: "cmnd", number }, address: asWritten };
  if (!isPlausiblePersonalId(number)) fail("Giấy tờ của cá nhân phải là số định danh 12 chữ số (ví dụ 030085001234) hoặc số CMND 9 chữ số");
  return { type: "person", fullName: name, identity: { kind: "dinh_danh", number }, address: asWritten };
}
