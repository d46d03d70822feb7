import { expect, test } from "vitest";
import { buildParticipant, buildValuationMethod, buildValuationPayload, FIXTURE_FIRM, issuePaths } from "./fixtures";
import { ValuationPayloadSchema } from "./valuation";
import { type CouncilMember, determinedPrice, isApprovedByMajority, ValuationMethodSchema } from "./valuation-method";

type Method = Parameters<typeof buildValuationPayload>[0];

function check(method: Method, overrides: Record<string, unknown>) {
  return ValuationPayloadSchema.safeParse({ ...buildValuationPayload(method), ...overrides });
}

const officer = buildParticipant("chap_hanh_vien");
const creditor = buildParticipant("duong_su", { fullName: "Mai Văn Phúc" });
const debtor = buildParticipant("duong_su");

function member(fullName: string, vote: CouncilMember["vote"], isChair = false): CouncilMember {
  return { fullName, title: "Thành viên", isChair, opinion: vote === "agree" ? "Đồng ý" : "Không đồng ý", vote };
}

function councilWith(members: CouncilMember[]) {
  return { method: "hoi_dong", council: { decisionNumber: "12/QĐ-THADS", resultPrice: 790_000_000, members } };
}

test("accepts a valid record for every method", () => {
  for (const method of ValuationMethodSchema.options.map((option) => option.shape.method.value)) {
    expect(ValuationPayloadSchema.safeParse(buildValuationPayload(method)).success, method).toBe(true);
  }
});

test("the starting price is the agreed or determined price", () => {
  const result = check("to_chuc_do_chv_chon", { startingPrice: 800_000_000 });
  expect(issuePaths(result)).toEqual(["startingPrice"]);
  expect(issuePaths(check("thoa_thuan_gia", { startingPrice: 0 }))).toEqual(["startingPrice"]);
});

test("an agreement on price needs every party's signature, on at least two sides", () => {
  expect(issuePaths(check("thoa_thuan_gia", { participants: [officer, debtor] }))).toEqual(["participants"]);
  const refusing = buildParticipant("duong_su", { fullName: "Mai Văn Phúc", signOff: { kind: "refused" } });
  const witness = buildParticipant("nguoi_chung_kien");
  expect(issuePaths(check("thoa_thuan_to_chuc", { participants: [officer, debtor, refusing, witness] }))).toEqual(["participants"]);
  const represented = [officer, debtor, buildParticipant("nguoi_dai_dien")];
  expect(check("thoa_thuan_gia", { participants: represented }).success).toBe(true);
});

test("a firm chosen by the CHV needs no party signatures", () => {
  expect(check("to_chuc_do_chv_chon", { participants: [officer] }).success).toBe(true);
});

test("the CHV signs the valuation minutes", () => {
  const result = check("thoa_thuan_gia", { participants: [creditor, debtor] });
  expect(issuePaths(result)).toEqual(["participants"]);
});

test("the certificate cannot predate the contract, nor expire before it is issued", () => {
  const early = { method: "to_chuc_do_chv_chon", firm: { ...FIXTURE_FIRM, certificateDate: "2026-07-30" } };
  expect(issuePaths(check("to_chuc_do_chv_chon", { method: early }))).toEqual(["method.firm.certificateDate"]);
  const expired = { method: "to_chuc_do_chv_chon", firm: { ...FIXTURE_FIRM, validUntil: "2026-08-09" } };
  expect(issuePaths(check("to_chuc_do_chv_chon", { method: expired }))).toEqual(["method.firm.validUntil"]);
});

test("a firm's value is positive whole đồng and its list reference is given", () => {
  const firm = { ...FIXTURE_FIRM, value: 820_000_000.5, listReference: "" };
  const paths = issuePaths(check("to_chuc_do_chv_chon", { method: { method: "to_chuc_do_chv_chon", firm } }));
  expect(paths.sort()).toEqual(["method.firm.listReference", "method.firm.value"]);
});

test("a council has at least three members", () => {
  const two = councilWith([member("Nguyễn Văn An", "agree", true), member("Bùi Văn Khánh", "agree")]);
  expect(issuePaths(check("hoi_dong", { method: two, startingPrice: 790_000_000 }))).toEqual(["method.council.members"]);
});

test("a council has exactly one chair", () => {
  const none = councilWith([member("Nguyễn Văn An", "agree"), member("Bùi Văn Khánh", "agree"), member("Đinh Thị Mai", "agree")]);
  expect(issuePaths(check("hoi_dong", { method: none }))).toEqual(["method.council.members"]);
  const two = councilWith([member("Nguyễn Văn An", "agree", true), member("Bùi Văn Khánh", "agree", true), member("Đinh Thị Mai", "agree")]);
  expect(issuePaths(check("hoi_dong", { method: two }))).toEqual(["method.council.members"]);
});

test("the council's price needs a majority", () => {
  const outvoted = councilWith([member("Nguyễn Văn An", "agree", true), member("Bùi Văn Khánh", "disagree"), member("Đinh Thị Mai", "disagree")]);
  expect(issuePaths(check("hoi_dong", { method: outvoted }))).toEqual(["method.council.members"]);
});

test("the chair's vote decides a tie", () => {
  const tie = [member("Nguyễn Văn An", "agree", true), member("Bùi Văn Khánh", "agree"), member("Đinh Thị Mai", "disagree"), member("Lý Văn Nam", "disagree")];
  expect(check("hoi_dong", { method: councilWith(tie) }).success).toBe(true);
  const chairAgainst = [member("Nguyễn Văn An", "disagree", true), member("Bùi Văn Khánh", "disagree"), member("Đinh Thị Mai", "agree"), member("Lý Văn Nam", "agree")];
  expect(isApprovedByMajority(chairAgainst)).toBe(false);
});

test("the council is chaired by the CHV who signs the minutes", () => {
  const otherChair = councilWith([member("Bùi Văn Khánh", "agree", true), member("Nguyễn Văn An", "agree"), member("Đinh Thị Mai", "agree")]);
  const result = check("hoi_dong", { method: otherChair });
  expect(issuePaths(result)).toEqual(["method.council.members.0.fullName"]);
  const sameNameOtherCase = councilWith([member("  nguyễn văn  an ", "agree", true), member("Bùi Văn Khánh", "agree"), member("Đinh Thị Mai", "agree")]);
  expect(check("hoi_dong", { method: sameNameOtherCase }).success).toBe(true);
});

test("each council member's opinion is recorded", () => {
  const silent = councilWith([member("Nguyễn Văn An", "agree", true), { ...member("Bùi Văn Khánh", "agree"), opinion: "" }, member("Đinh Thị Mai", "agree")]);
  expect(issuePaths(check("hoi_dong", { method: silent }))).toEqual(["method.council.members.1.opinion"]);
});

test("the CHV sets the price only for perishable or small-value goods", () => {
  expect(check("chv_tu_xac_dinh", { method: { method: "chv_tu_xac_dinh", reason: "perishable", price: 4_000_000 } }).success).toBe(true);
  const other = { method: "chv_tu_xac_dinh", reason: "no_firm", price: 4_000_000 };
  expect(issuePaths(check("chv_tu_xac_dinh", { method: other }))).toEqual(["method.reason"]);
});

test("prices are positive", () => {
  expect(issuePaths(check("thoa_thuan_gia", { method: { method: "thoa_thuan_gia", agreedPrice: 0 }, startingPrice: 0 }))).toEqual([
    "method.agreedPrice",
  ]);
});

test("at least one asset, each with a positive quantity", () => {
  expect(issuePaths(check("to_chuc_do_chv_chon", { assets: [] }))).toEqual(["assets"]);
  const asset = { description: "Thóc tẻ", assetRef: "BB kê biên mục 2", quantity: 0, unit: "kg" };
  expect(issuePaths(check("to_chuc_do_chv_chon", { assets: [asset] }))).toEqual(["assets.0.quantity"]);
  expect(check("to_chuc_do_chv_chon", { assets: [{ ...asset, quantity: 1250.5 }] }).success).toBe(true);
});

test("determines the price of each method", () => {
  expect(determinedPrice(buildValuationMethod("thoa_thuan_gia"))).toBe(800_000_000);
  expect(determinedPrice(buildValuationMethod("thoa_thuan_to_chuc"))).toBe(FIXTURE_FIRM.value);
  expect(determinedPrice(buildValuationMethod("hoi_dong"))).toBe(790_000_000);
  expect(determinedPrice(buildValuationMethod("chv_tu_xac_dinh"))).toBe(4_000_000);
});
