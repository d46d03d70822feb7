import { expect, test } from "vitest";
import { CaseSchema } from "./cases";
import { totalMoneyObligation } from "./case-money";

function buildCase() {
  return {
    id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    unitId: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
    assignedOfficerId: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
    decisionNumber: "125/QĐ-THADS",
    decisionDate: "2026-07-10",
    acceptedDate: "2026-07-10",
    judgment: { number: "45/2026/DS-ST", date: "2026-05-20", court: "Tòa án nhân dân khu vực 3 – Hải Phòng" },
    kind: "theo_yeu_cau",
    debtor: { type: "person", fullName: "Lê Văn Cường", address: { asWritten: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng" } },
    creditor: { type: "person", fullName: "Mai Văn Phúc", address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } },
    obligations: { money: [{ description: "Trả nợ tiền vay", amount: 350_000_000 }], nonMoney: [] },
    status: "dang_thi_hanh",
    statusHistory: [{ status: "dang_thi_hanh", ground: null, decisionNumber: "125/QĐ-THADS", decisionDate: "2026-07-10", signer: "Trần Quốc Hưng" }],
  };
}

test("accepts a valid case", () => {
  expect(CaseSchema.safeParse(buildCase()).success).toBe(true);
});

test("rejects an unknown field", () => {
  const result = CaseSchema.safeParse({ ...buildCase(), priority: "high" });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
});

test("rejects money with a fractional part", () => {
  const obligations = { money: [{ description: "Trả nợ tiền vay", amount: 350_000_000.5 }], nonMoney: [] };
  const result = CaseSchema.safeParse({ ...buildCase(), obligations });
  expect(result.error?.issues[0]?.path).toEqual(["obligations", "money", 0, "amount"]);
});

test("a case has at least one obligation, and money obligations are positive", () => {
  expect(CaseSchema.safeParse({ ...buildCase(), obligations: { money: [], nonMoney: [] } }).success).toBe(false);
  const zero = { money: [{ description: "Án phí", amount: 0 }], nonMoney: [] };
  expect(CaseSchema.safeParse({ ...buildCase(), obligations: zero }).success).toBe(false);
  const nonMoneyOnly = { money: [], nonMoney: ["Trả lại xe máy biển số 34B1-123.45"] };
  expect(CaseSchema.safeParse({ ...buildCase(), obligations: nonMoneyOnly }).success).toBe(true);
});

test("a case has a status history", () => {
  expect(CaseSchema.safeParse({ ...buildCase(), statusHistory: [] }).success).toBe(false);
});

test("sums the money obligations", () => {
  const parsed = CaseSchema.parse(buildCase());
  const obligations = { ...parsed.obligations, money: [...parsed.obligations.money, { description: "Lãi", amount: 12_500_000 }] };
  expect(totalMoneyObligation(obligations)).toBe(362_500_000);
  expect(totalMoneyObligation({ money: [], nonMoney: ["x"] })).toBe(0);
});
