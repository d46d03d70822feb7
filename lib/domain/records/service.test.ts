import { expect, test } from "vitest";
import { buildParticipant, buildServicePayload, issuePaths } from "./fixtures";
import { ServicePayloadSchema } from "./service";
import { ServiceChannelSchema } from "./service-blocks";

function check(channel: Parameters<typeof buildServicePayload>[0], overrides: Record<string, unknown>) {
  return ServicePayloadSchema.safeParse({ ...buildServicePayload(channel), ...overrides });
}

const officer = buildParticipant("chap_hanh_vien");
const witness = buildParticipant("nguoi_chung_kien");
const substitute = buildServicePayload("nguoi_nhan_thay").substituteReceiver;

test("accepts a valid record for every channel", () => {
  for (const channel of ServiceChannelSchema.options) {
    expect(ServicePayloadSchema.safeParse(buildServicePayload(channel)).success, channel).toBe(true);
  }
});

test("each channel requires its own block", () => {
  expect(issuePaths(check("niem_yet", { posting: undefined }))).toEqual(["posting"]);
  expect(issuePaths(check("buu_dien", { postal: undefined }))).toEqual(["postal"]);
  expect(issuePaths(check("phuong_tien_thong_tin_dai_chung", { media: undefined }))).toEqual(["media"]);
  expect(issuePaths(check("vneid", { vneid: undefined }))).toEqual(["vneid"]);
});

test("a block of another channel is rejected", () => {
  const { posting } = buildServicePayload("niem_yet");
  const result = check("truc_tiep", { posting });
  expect(issuePaths(result)).toEqual(["posting"]);
  expect(result.error?.issues[0]?.message).toBe("Chỉ ghi thông tin niêm yết khi thông báo qua niêm yết");
  expect(issuePaths(check("vneid", { postal: { trackingNumber: "RR123456789VN", mailedOn: "2026-07-13" } }))).toEqual(["postal"]);
});

test("a substitute delivery needs the substitute receiver's details", () => {
  expect(issuePaths(check("nguoi_nhan_thay", { substituteReceiver: undefined }))).toEqual(["substituteReceiver"]);
  expect(issuePaths(check("truc_tiep", { substituteReceiver: substitute }))).toEqual(["substituteReceiver"]);
});

test("the substitute receiver must commit to hand the document over", () => {
  const result = check("nguoi_nhan_thay", { substituteReceiver: { ...substitute, commitsToHandOver: false } });
  expect(issuePaths(result)).toEqual(["substituteReceiver.commitsToHandOver"]);
  expect(result.error?.issues[0]?.message).toContain("cam kết");
});

test("a direct delivery may end with a substitute receiver", () => {
  const participants = [officer, buildParticipant("nguoi_nhan_thay")];
  expect(check("truc_tiep", { outcome: "substitute", substituteReceiver: substitute, participants }).success).toBe(true);
});

test("only in-person channels can hand the document to a substitute", () => {
  const participants = [buildParticipant("nguoi_nhan_thay")];
  const result = check("buu_dien", { outcome: "substitute", substituteReceiver: substitute, participants });
  expect(issuePaths(result)).toEqual(["outcome"]);
});

test("a substitute channel cannot report delivery to the addressee in person", () => {
  const participants = [officer, buildParticipant("duong_su")];
  expect(issuePaths(check("nguoi_nhan_thay", { outcome: "delivered", substituteReceiver: undefined, participants }))).toEqual(["outcome"]);
});

test("posting, media and VNeID only report the act as done", () => {
  expect(issuePaths(check("vneid", { outcome: "not_found" }))).toEqual(["outcome"]);
  expect(issuePaths(check("phuong_tien_thong_tin_dai_chung", { outcome: "absent" }))).toEqual(["outcome"]);
});

test("VNeID needs the addressee's personal ID number", () => {
  const addressee = { name: "Lê Văn Cường", identity: { kind: "cmnd", number: "012345678" } };
  expect(issuePaths(check("vneid", { addressee }))).toEqual(["addressee.identity"]);
  expect(issuePaths(check("vneid", { addressee: { name: "Lê Văn Cường" } }))).toEqual(["addressee.identity"]);
});

test("delivery in person or by post needs the address used", () => {
  expect(issuePaths(check("truc_tiep", { addressee: { name: "Lê Văn Cường" } }))).toEqual(["addressee.address"]);
  expect(issuePaths(check("buu_dien", { addressee: { name: "Lê Văn Cường" } }))).toEqual(["addressee.address"]);
  expect(check("niem_yet", { addressee: { name: "Lê Văn Cường" } }).success).toBe(true); // address unknown
});

test("a document cannot be served before its own date (in Vietnam's time zone)", () => {
  expect(issuePaths(check("truc_tiep", { attemptedAt: "2026-07-09T16:59:00Z" }))).toEqual(["document.date"]);
  expect(check("truc_tiep", { attemptedAt: "2026-07-09T17:00:00Z" }).success).toBe(true); // 10/07 00:00 +07
});

test("posting lasts at least 7 days and names at least one place", () => {
  const { posting } = buildServicePayload("niem_yet");
  expect(issuePaths(check("niem_yet", { posting: { ...posting, endsOn: "2026-07-19" } }))).toEqual(["posting.endsOn"]);
  expect(check("niem_yet", { posting: { ...posting, endsOn: "2026-07-23" } }).success).toBe(true); // 10 days, old law
  expect(issuePaths(check("niem_yet", { posting: { ...posting, places: [] } }))).toEqual(["posting.places"]);
});

test("the second publication comes after the first", () => {
  const { media } = buildServicePayload("phuong_tien_thong_tin_dai_chung");
  const sameDay = { ...media, secondPublishedOn: "2026-07-14" };
  expect(issuePaths(check("phuong_tien_thong_tin_dai_chung", { media: sameDay }))).toEqual(["media.secondPublishedOn"]);
});

test("the person who delivers signs the minutes", () => {
  expect(issuePaths(check("truc_tiep", { participants: [buildParticipant("duong_su")] }))).toEqual(["participants"]);
  const byCommune = [buildParticipant("dai_dien_chinh_quyen"), buildParticipant("duong_su")];
  expect(check("truc_tiep", { participants: byCommune }).success).toBe(true);
});

test("the addressee signs or fingerprints a delivery", () => {
  const result = check("truc_tiep", { participants: [officer] });
  expect(issuePaths(result)).toEqual(["participants"]);
  expect(result.error?.issues[0]?.message).toContain("Người nhận văn bản");
});

test("the substitute receiver signs the minutes", () => {
  expect(issuePaths(check("nguoi_nhan_thay", { participants: [officer] }))).toEqual(["participants"]);
});

test("a refusal to receive without a witness is rejected", () => {
  const refusing = buildParticipant("duong_su", { signOff: { kind: "refused" } });
  const result = check("truc_tiep", { outcome: "refused", participants: [officer, refusing] });
  expect(result.success).toBe(false);
  expect(new Set(issuePaths(result))).toEqual(new Set(["participants"]));
  expect(check("truc_tiep", { outcome: "refused", participants: [officer, refusing, witness] }).success).toBe(true);
});

test("a failed attempt is attested by a witness", () => {
  expect(issuePaths(check("truc_tiep", { outcome: "not_found", participants: [officer] }))).toEqual(["participants"]);
  expect(check("truc_tiep", { outcome: "moved", participants: [officer, witness] }).success).toBe(true);
});

test("a posting is attested by a witness", () => {
  expect(issuePaths(check("niem_yet", { participants: [officer] }))).toEqual(["participants"]);
});

test("post, media and VNeID need no minutes signatures", () => {
  for (const channel of ["buu_dien", "phuong_tien_thong_tin_dai_chung", "vneid"] as const) {
    expect(check(channel, { participants: [] }).success, channel).toBe(true);
  }
});

test("a malformed attempt time is reported as an issue, never thrown", () => {
  const result = ServicePayloadSchema.safeParse({ ...buildServicePayload("truc_tiep"), attemptedAt: "hôm qua" });
  expect(result.success).toBe(false);
  expect(issuePaths(result)).toContain("attemptedAt");
});
