import { expect, test } from "vitest";
import { buildServicePayload } from "../records/fixtures";
import { DEFAULT_REGIME_TABLE } from "./legal-periods";
import { type ServiceFacts, validNotificationDate } from "./valid-notification-date";

function posting(postedOn: string): ServiceFacts {
  return { channel: "niem_yet", outcome: "delivered", attemptedAt: `${postedOn}T08:00:00+07:00`, posting: { postedOn } };
}

test("direct delivery: the date of the minutes, in Vietnam's time zone", () => {
  const result = validNotificationDate(buildServicePayload("truc_tiep"));
  expect(result).toEqual({ date: "2026-07-13", basis: expect.stringContaining("NĐ 152/2026 Đ.16"), regime: "new" });
  // 18:00 UTC on 30/6 is 01:00 on 1/7 in Vietnam: new regime. 16:59 UTC is still 30/6: old regime.
  expect(validNotificationDate(buildServicePayload("truc_tiep", { attemptedAt: "2026-06-30T18:00:00Z" }))).toMatchObject({ date: "2026-07-01", regime: "new" });
  const late = validNotificationDate(buildServicePayload("truc_tiep", { attemptedAt: "2026-06-30T16:59:00Z" }));
  expect(late).toMatchObject({ date: "2026-06-30", regime: "old" });
  expect(late.basis).toContain("Luật THADS Đ.40 k.1");
});

test("substitute receiver: the date the substitute received it, on the minutes", () => {
  const payload = buildServicePayload("nguoi_nhan_thay");
  expect(validNotificationDate(payload)).toMatchObject({ date: "2026-07-13", regime: "new" });
  expect(validNotificationDate(payload).basis).toContain("Đ.16 k.3");
  const receivedNextDay = { ...payload, substituteReceiver: { receivedAt: "2026-07-13T17:30:00Z" } };
  expect(validNotificationDate(receivedNextDay).date).toBe("2026-07-14");
});

test("refusal before a witness: the minutes' date is valid", () => {
  const refused = validNotificationDate(buildServicePayload("truc_tiep", { outcome: "refused" }));
  expect(refused.date).toBe("2026-07-13");
  expect(refused.basis).toContain("Đ.16 k.6");
  const oldLaw = validNotificationDate(buildServicePayload("truc_tiep", { outcome: "refused", attemptedAt: "2026-06-15T10:00:00+07:00" }));
  expect(oldLaw).toMatchObject({ date: "2026-06-15", regime: "old" });
  expect(oldLaw.basis).toContain("NĐ 62/2015 Đ.12 k.4");
});

test("absent, moved or not found: no valid date, the document must be posted", () => {
  for (const outcome of ["absent", "moved", "not_found"] as const) {
    const result = validNotificationDate(buildServicePayload("truc_tiep", { outcome }));
    expect(result.date, outcome).toBeNull();
    expect(result.basis).toContain("niêm yết công khai");
    expect(result.regime).toBe("new");
  }
});

test("posting: the posting date, and the end of the posting by the regime of that date", () => {
  const result = validNotificationDate(buildServicePayload("niem_yet"));
  expect(result).toMatchObject({ date: "2026-07-13", regime: "new", postingEndsOn: "2026-07-20" });
  expect(result.basis).toContain("niêm yết 7 ngày, đến hết ngày 20/07/2026");
  // 30/6/2026: old law, 10 days → Fri 10/7. 1/7/2026: new regime, 7 days → Wed 8/7.
  expect(validNotificationDate(posting("2026-06-30"))).toMatchObject({ regime: "old", postingEndsOn: "2026-07-10" });
  expect(validNotificationDate(posting("2026-07-01"))).toMatchObject({ regime: "new", postingEndsOn: "2026-07-08" });
});

test("a posting whose tenth day is a Sunday ends on the next working day", () => {
  // Thu 23/4/2026 + 10 = Sun 3/5 → Mon 4/5.
  expect(validNotificationDate(posting("2026-04-23")).postingEndsOn).toBe("2026-05-04");
});

test("registered post: the mailing date; its basis under the new regime is unverified", () => {
  const current = validNotificationDate(buildServicePayload("buu_dien"));
  expect(current).toMatchObject({ date: "2026-07-13", regime: "new" });
  expect(current.basis).toContain("[?]");
  const old = validNotificationDate(buildServicePayload("buu_dien", { postal: { trackingNumber: "RR123456789VN", mailedOn: "2026-06-29" } }));
  expect(old).toMatchObject({ date: "2026-06-29", regime: "old" });
  expect(old.basis).toContain("TTLT 11/2016 Đ.2 k.1");
  expect(validNotificationDate(buildServicePayload("buu_dien", { outcome: "not_found" })).date).toBeNull();
});

test("mass media: the second publication date", () => {
  const result = validNotificationDate(buildServicePayload("phuong_tien_thong_tin_dai_chung"));
  expect(result).toMatchObject({ date: "2026-07-15", regime: "new" });
  expect(result.basis).toContain("Đ.18");
});

test("VNeID: the date VNeID reports sent; before 1/7/2026 the basis recalls the consent condition", () => {
  const current = validNotificationDate(buildServicePayload("vneid"));
  expect(current).toMatchObject({ date: "2026-07-13", regime: "new" });
  expect(current.basis).toContain("NĐ 152/2026 Đ.15");
  const early = validNotificationDate(buildServicePayload("vneid", { vneid: { sentAt: "2026-06-10T20:00:00Z" } }));
  expect(early).toMatchObject({ date: "2026-06-11", regime: "old" });
  expect(early.basis).toContain("đồng ý");
});

test("a channel without its block has no valid date", () => {
  const result = validNotificationDate({ channel: "niem_yet", outcome: "delivered", attemptedAt: "2026-07-13T08:00:00+07:00" });
  expect(result.date).toBeNull();
  expect(result.basis).toContain("Thiếu thông tin niêm yết");
});

test("another regime table can be passed in", () => {
  const regimes = { ...DEFAULT_REGIME_TABLE, newRegimeFrom: "2026-08-01" };
  expect(validNotificationDate(posting("2026-07-13"), { regimes })).toMatchObject({ regime: "old", postingEndsOn: "2026-07-23" });
});
