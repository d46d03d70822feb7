import { expect, test } from "vitest";
import { needsWitness } from "./witness-hint";

const sha = "a".repeat(64);
const officer = { role: "chap_hanh_vien", fullName: "Nguyễn Văn An", signOff: { kind: "signature", attachmentSha256: sha } };

test("no refusal or absence, no hint", () => {
  expect(needsWitness([officer])).toBe(false);
  expect(needsWitness(undefined)).toBe(false);
  expect(needsWitness([])).toBe(false);
});

test("a refusal or an absence without a signed witness needs one", () => {
  expect(needsWitness([officer, { role: "duong_su", signOff: { kind: "refused" } }])).toBe(true);
  expect(needsWitness([officer, { role: "duong_su", signOff: { kind: "absent" } }])).toBe(true);
  // A witness who has not signed yet does not count.
  expect(needsWitness([officer, { role: "duong_su", signOff: { kind: "refused" } }, { role: "nguoi_chung_kien", signOff: { kind: "signature" } }])).toBe(true);
});

test("a witness who signed or gave a fingerprint satisfies it", () => {
  const refused = { role: "duong_su", signOff: { kind: "refused", reason: "Không đồng ý" } };
  expect(needsWitness([officer, refused, { role: "nguoi_chung_kien", signOff: { kind: "signature", attachmentSha256: sha } }])).toBe(false);
  expect(needsWitness([officer, refused, { role: "nguoi_chung_kien", signOff: { kind: "fingerprint", attachmentSha256: sha } }])).toBe(false);
});
