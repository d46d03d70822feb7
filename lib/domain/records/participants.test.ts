import { expect, test } from "vitest";
import { buildParticipant, fixtureSha256, issuePaths } from "./fixtures";
import { hasSignedWitness, participantAttachmentUses, ParticipantsSchema } from "./participants";

const officer = buildParticipant("chap_hanh_vien");
const witness = buildParticipant("nguoi_chung_kien");
const refusingDebtor = buildParticipant("duong_su", { signOff: { kind: "refused", reason: "Không đồng ý với bản án" } });

test("accepts signed and fingerprinted participants", () => {
  const debtor = buildParticipant("duong_su", { signOff: { kind: "fingerprint", attachmentSha256: fixtureSha256(7) } });
  expect(ParticipantsSchema.safeParse([officer, debtor]).success).toBe(true);
});

test("a refusal to sign without a witness is rejected", () => {
  const result = ParticipantsSchema.safeParse([officer, refusingDebtor]);
  expect(result.success).toBe(false);
  expect(issuePaths(result)).toEqual([""]);
  expect(result.error?.issues[0]?.message).toContain("người chứng kiến");
});

test("a refusal confirmed by a signing witness is accepted", () => {
  expect(ParticipantsSchema.safeParse([officer, refusingDebtor, witness]).success).toBe(true);
});

test("an absence also needs a signing witness", () => {
  const absent = buildParticipant("duong_su", { signOff: { kind: "absent" } });
  expect(ParticipantsSchema.safeParse([officer, absent]).success).toBe(false);
  const fingerprintWitness = buildParticipant("nguoi_chung_kien", { signOff: { kind: "fingerprint", attachmentSha256: fixtureSha256(8) } });
  expect(ParticipantsSchema.safeParse([officer, absent, fingerprintWitness]).success).toBe(true);
});

test("a witness who refuses does not count as the witness", () => {
  const refusingWitness = buildParticipant("nguoi_chung_kien", { signOff: { kind: "refused" } });
  expect(ParticipantsSchema.safeParse([officer, refusingDebtor, refusingWitness]).success).toBe(false);
  expect(hasSignedWitness([refusingWitness])).toBe(false);
});

test("the officer and the drafter cannot refuse or be absent from their own minutes", () => {
  const result = ParticipantsSchema.safeParse([buildParticipant("chap_hanh_vien", { signOff: { kind: "absent" } }), witness]);
  expect(issuePaths(result)).toEqual(["0.signOff"]);
  const drafter = ParticipantsSchema.safeParse([officer, buildParticipant("thu_ky", { signOff: { kind: "refused" } }), witness]);
  expect(issuePaths(drafter)).toEqual(["1.signOff"]);
});

test("a witness must be present", () => {
  const absentWitness = buildParticipant("nguoi_chung_kien", { signOff: { kind: "absent" } });
  expect(issuePaths(ParticipantsSchema.safeParse([officer, absentWitness, witness]))).toEqual(["1.signOff"]);
});

test("a signature must reference an attachment by its SHA-256", () => {
  const bad = buildParticipant("duong_su", { signOff: { kind: "signature", attachmentSha256: "chu-ky.png" } });
  expect(issuePaths(ParticipantsSchema.safeParse([officer, bad]))).toEqual(["1.signOff.attachmentSha256"]);
});

test("rejects unknown roles, short names and an invalid identity", () => {
  expect(ParticipantsSchema.safeParse([{ ...officer, role: "cong_an" }]).success).toBe(false);
  expect(issuePaths(ParticipantsSchema.safeParse([{ ...officer, fullName: "A" }]))).toEqual(["0.fullName"]);
  const badId = { ...officer, identity: { kind: "dinh_danh", number: "12345" } };
  expect(issuePaths(ParticipantsSchema.safeParse([badId]))).toEqual(["0.identity.number"]);
});

test("lists the signature and fingerprint images the participants refer to", () => {
  const debtor = buildParticipant("duong_su", { signOff: { kind: "fingerprint", attachmentSha256: fixtureSha256(9) } });
  const uses = participantAttachmentUses([officer, refusingDebtor, debtor]);
  expect(uses.map((use) => [use.path.join("."), use.kind])).toEqual([
    ["participants.0.signOff.attachmentSha256", "signature"],
    ["participants.2.signOff.attachmentSha256", "fingerprint"],
  ]);
});
