import { expect, test } from "vitest";
import { buildServicePayload } from "@/lib/domain/records/fixtures";
import { ServicePayloadSchema } from "@/lib/domain/records/service";
import { outcomesFor, withChannel, withOutcome } from "./channel-rules";

const attempt = { attemptedAt: "2026-07-13T20:30:00+07:00", channel: "truc_tiep", outcome: "refused" };

test("impersonal channels have one outcome, post and substitute channels their own", () => {
  expect(outcomesFor("niem_yet")).toEqual(["delivered"]);
  expect(outcomesFor("vneid")).toEqual(["delivered"]);
  expect(outcomesFor("nguoi_nhan_thay")).not.toContain("delivered");
  expect(outcomesFor("buu_dien")).not.toContain("substitute");
  expect(outcomesFor("truc_tiep")).toHaveLength(6);
  expect(outcomesFor(undefined)).toHaveLength(6);
});

test("switching to posting adds its block dated on the attempt and forces the outcome", () => {
  const next = withChannel({ ...attempt, postal: { mailedOn: "2026-07-13" } }, "niem_yet");
  expect(next).toMatchObject({ channel: "niem_yet", outcome: "delivered", posting: { places: [], postedOn: "2026-07-13", photoSha256s: [] } });
  expect(next).not.toHaveProperty("postal");
});

test("switching away removes the block, and keeps an outcome that is still valid", () => {
  const posted = withChannel(attempt, "niem_yet");
  const back = withChannel(posted, "truc_tiep");
  expect(back).not.toHaveProperty("posting");
  expect(back.outcome).toBe("delivered");
  expect(withChannel(attempt, "buu_dien")).toMatchObject({ outcome: "refused", postal: { mailedOn: "2026-07-13" } });
  expect(withChannel(attempt, "vneid")).toMatchObject({ vneid: { sentAt: attempt.attemptedAt }, outcome: "delivered" });
});

test("a substitute channel starts with the substitute outcome and its receiver block", () => {
  const next = withChannel({ ...attempt, outcome: "delivered" }, "nguoi_nhan_thay");
  expect(next).toMatchObject({ outcome: "substitute", substituteReceiver: { receivedAt: attempt.attemptedAt } });
  expect(withChannel(next, "buu_dien")).not.toHaveProperty("substituteReceiver");
  expect(withChannel(next, "buu_dien")).not.toHaveProperty("outcome");
});

test("an outcome other than substitute drops the receiver; back to substitute starts a new one", () => {
  const withReceiver = withOutcome(attempt, "substitute");
  expect(withReceiver.substituteReceiver).toEqual({ receivedAt: attempt.attemptedAt });
  expect(withOutcome({ ...withReceiver, substituteReceiver: { fullName: "Lê Thị Hoa" } }, "substitute").substituteReceiver).toEqual({ fullName: "Lê Thị Hoa" });
  expect(withOutcome(withReceiver, "absent")).not.toHaveProperty("substituteReceiver");
});

test("a valid record moved to another channel and back is still valid", () => {
  const direct = buildServicePayload("truc_tiep");
  const roundTrip = withChannel(withChannel(direct, "buu_dien"), "truc_tiep");
  expect(ServicePayloadSchema.safeParse(roundTrip).success).toBe(true);
  const postal = buildServicePayload("buu_dien");
  expect(ServicePayloadSchema.safeParse(withChannel(postal, "buu_dien")).success).toBe(true);
});
