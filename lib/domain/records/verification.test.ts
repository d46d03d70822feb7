import { expect, test } from "vitest";
import { buildParticipant, buildVerificationPayload, issuePaths } from "./fixtures";
import { VerificationPayloadSchema } from "./verification";

function check(overrides: Record<string, unknown>) {
  return VerificationPayloadSchema.safeParse({ ...buildVerificationPayload(), ...overrides });
}

const land = buildVerificationPayload().assets[0];

test("accepts a complete verification", () => {
  expect(VerificationPayloadSchema.safeParse(buildVerificationPayload()).success).toBe(true);
});

test("the end time cannot be before the start time", () => {
  const result = check({ endedAt: "2026-07-20T08:00:00+07:00" });
  expect(issuePaths(result)).toEqual(["endedAt"]);
  expect(result.error?.issues[0]?.message).toBe("Giờ kết thúc không được trước giờ bắt đầu");
});

test("compares start and end as instants, whatever their offsets", () => {
  expect(check({ endedAt: "2026-07-20T01:30:00Z" }).success).toBe(true); // = 08:30 +07:00
  expect(check({ startedAt: "2026-07-20T08:30:00+07:00", endedAt: "2026-07-20T01:29:00Z" }).success).toBe(false);
});

test("a declaration needs the items declared", () => {
  expect(issuePaths(check({ declaration: { status: "declared", items: [] } }))).toEqual(["declaration.items"]);
  expect(check({ declaration: { status: "refused" } }).success).toBe(true);
  expect(check({ declaration: { status: "not_present" } }).success).toBe(true);
  expect(check({ declaration: { status: "refused", items: ["Xe máy"] } }).success).toBe(false);
});

test("chưa có điều kiện names one ground of Đ.44a k.1", () => {
  expect(issuePaths(check({ conclusion: { conclusion: "chua_co_dieu_kien" } }))).toEqual(["conclusion.ground"]);
  expect(check({ conclusion: { conclusion: "chua_co_dieu_kien", ground: "d" } }).success).toBe(false);
  expect(check({ conclusion: { conclusion: "co_dieu_kien", ground: "a" } }).success).toBe(false);
});

test("ground a stands even when valuable assets were found (they may be exempt or cover only costs)", () => {
  expect(check({ assets: [land], conclusion: { conclusion: "chua_co_dieu_kien", ground: "a" } }).success).toBe(true);
});

test("a parcel number needs its map sheet, and the other way round", () => {
  const noSheet = { ...land, identifiers: { parcelNumber: "125" } };
  expect(issuePaths(check({ assets: [noSheet] }))).toEqual(["assets.0.identifiers.mapSheet"]);
  const noParcel = { ...land, identifiers: { mapSheet: "12" } };
  expect(issuePaths(check({ assets: [noParcel] }))).toEqual(["assets.0.identifiers.parcelNumber"]);
  expect(check({ assets: [{ ...land, identifiers: {} }] }).success).toBe(true); // land without a certificate
});

test("asset identifiers follow the asset type", () => {
  const common = { description: "Tài khoản thanh toán", coOwners: [], photoSha256s: [] };
  const deposit = { ...common, type: "deposit", identifiers: { bank: "Vietcombank Hải Phòng", accountNumber: "0031000123456" } };
  expect(check({ assets: [deposit] }).success).toBe(true);
  const spaced = { ...deposit, identifiers: { bank: "Vietcombank", accountNumber: "0031 000 123" } };
  expect(issuePaths(check({ assets: [spaced] }))).toEqual(["assets.0.identifiers.accountNumber"]);
  const vehicleWithParcel = { ...common, type: "vehicle", identifiers: { parcelNumber: "1", mapSheet: "2" } };
  expect(check({ assets: [vehicleWithParcel] }).success).toBe(false);
  const receivable = { ...common, type: "receivable", description: "Ông Mai Văn Phúc còn nợ 50 triệu đồng" };
  expect(check({ assets: [receivable] }).success).toBe(true);
});

test("an estimated value is whole đồng", () => {
  expect(issuePaths(check({ assets: [{ ...land, estimatedValue: 850_000_000.5 }] }))).toEqual(["assets.0.estimatedValue"]);
});

test("income must be positive and name its payer", () => {
  expect(issuePaths(check({ income: { amount: 0, payer: "Công ty May", periodicity: "monthly" } }))).toEqual(["income.amount"]);
  expect(check({ income: undefined }).success).toBe(true);
  expect(check({ income: { amount: 1_000_000, payer: "Công ty May", periodicity: "weekly" } }).success).toBe(false);
});

test("the CHV must sign the verification minutes", () => {
  const [, drafter, commune, debtor] = buildVerificationPayload().participants;
  const result = check({ participants: [drafter, commune, debtor] });
  expect(issuePaths(result)).toEqual(["participants"]);
  expect(result.error?.issues[0]?.message).toContain("Chấp hành viên");
});

test("the minutes need a confirmation by the commune, an informant or the person verified", () => {
  const [officer, drafter] = buildVerificationPayload().participants;
  const result = check({ participants: [officer, drafter] });
  expect(issuePaths(result)).toEqual(["participants"]);
  expect(check({ participants: [officer, buildParticipant("nguoi_cung_cap_thong_tin")] }).success).toBe(true);
});

test("a debtor who refuses to sign needs a witness", () => {
  const [officer, drafter, commune] = buildVerificationPayload().participants;
  const refusing = buildParticipant("duong_su", { signOff: { kind: "refused" } });
  expect(issuePaths(check({ participants: [officer, drafter, commune, refusing] }))).toEqual(["participants"]);
  const witness = buildParticipant("nguoi_chung_kien");
  expect(check({ participants: [officer, drafter, commune, refusing, witness] }).success).toBe(true);
});

test("rejects unknown fields and an unknown marital status", () => {
  expect(check({ debtorName: "Lê Văn Cường" }).success).toBe(false);
  expect(issuePaths(check({ subject: { maritalStatus: "ly_than" } }))).toEqual(["subject.maritalStatus"]);
});
