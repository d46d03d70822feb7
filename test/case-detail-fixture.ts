import type { CaseDetail } from "@/lib/domain/api/cases";

/** A valid case file as the pull sends it, with the debtor's name and the officer it is assigned to (tests only). */
export function caseDetail(id: string, debtor: string, officerId: string): CaseDetail {
  const address = { asWritten: "Phường Trần Phú, TP Hải Dương, tỉnh Hải Dương" };
  return {
    case: {
      id,
      unitId: "0c000000-0000-4000-8000-00000000000c",
      assignedOfficerId: officerId,
      decisionNumber: "123/QĐ-CCTHADS",
      decisionDate: "2021-03-01",
      acceptedDate: "2021-03-01",
      judgment: { number: "45/2020/DS-ST", date: "2020-12-01", court: "Tòa án nhân dân TP Hải Dương" },
      kind: "theo_yeu_cau",
      debtor: { type: "person", fullName: debtor, identity: { kind: "dinh_danh", number: "030085001234" }, address },
      creditor: { type: "organization", name: "Ngân hàng Nông nghiệp", address },
      obligations: { money: [{ description: "Trả nợ", amount: 150_000_000 }], nonMoney: [] },
      status: "dang_thi_hanh",
      statusHistory: [{ status: "dang_thi_hanh", ground: null, decisionNumber: "123/QĐ-CCTHADS", decisionDate: "2021-03-01", signer: "Trần Văn Bình" }],
    },
    assignedOfficer: { id: officerId, name: "CHV" },
    unit: { id: "0c000000-0000-4000-8000-00000000000c", name: "Chi cục THADS TP Hải Dương", code: "HD.TPHD" },
    moneyEntries: [],
  };
}
