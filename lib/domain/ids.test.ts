import { expect, test } from "vitest";
import {
  EnterpriseCodeSchema,
  IdentityNumberSchema,
  isPlausiblePersonalId,
  LegacyIdSchema,
  PersonalIdSchema,
  Sha256HexSchema,
  UuidV7Schema,
} from "./ids";

test("accepts a 12-digit personal ID and trims spaces around it", () => {
  expect(PersonalIdSchema.parse(" 030085001234 ")).toBe("030085001234");
  expect(isPlausiblePersonalId("079203000001")).toBe(true);
});

test("rejects personal IDs of the wrong length", () => {
  expect(PersonalIdSchema.safeParse("03008500123").success).toBe(false); // 11
  expect(PersonalIdSchema.safeParse("0300850012345").success).toBe(false); // 13
  expect(PersonalIdSchema.safeParse("").success).toBe(false);
});

test("rejects letters and separators in a personal ID", () => {
  expect(PersonalIdSchema.safeParse("03008500123A").success).toBe(false);
  expect(PersonalIdSchema.safeParse("030-085-001234").success).toBe(false);
});

test("rejects the impossible province code 000, with a Vietnamese message", () => {
  const result = PersonalIdSchema.safeParse("000085001234");
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toContain("12 chữ số");
});

test("keeps the legacy 9-digit CMND as an alias", () => {
  expect(LegacyIdSchema.safeParse("012345678").success).toBe(true);
  expect(LegacyIdSchema.safeParse("01234567").success).toBe(false);
  expect(IdentityNumberSchema.safeParse({ kind: "cmnd", number: "012345678" }).success).toBe(true);
});

test("an identity's number must match its kind", () => {
  expect(IdentityNumberSchema.safeParse({ kind: "dinh_danh", number: "012345678" }).success).toBe(false);
  expect(IdentityNumberSchema.safeParse({ kind: "cmnd", number: "030085001234" }).success).toBe(false);
  expect(IdentityNumberSchema.safeParse({ kind: "passport", number: "B1234567" }).success).toBe(false);
});

test("an identity rejects unknown fields", () => {
  expect(IdentityNumberSchema.safeParse({ kind: "cmnd", number: "012345678", issuedBy: "CA Hà Nội" }).success).toBe(false);
});

test("enterprise codes have 10 digits, branches 10-3", () => {
  expect(EnterpriseCodeSchema.safeParse("0101234567").success).toBe(true);
  expect(EnterpriseCodeSchema.safeParse("0101234567-001").success).toBe(true);
  expect(EnterpriseCodeSchema.safeParse("0101234567001").success).toBe(false);
  expect(EnterpriseCodeSchema.safeParse("010123456").success).toBe(false);
  expect(EnterpriseCodeSchema.safeParse("0101234567-01").success).toBe(false);
});

test("record IDs must be UUID version 7", () => {
  expect(UuidV7Schema.safeParse("01980c2a-5b3d-7e4f-8a1b-2c3d4e5f6a7b").success).toBe(true);
  expect(UuidV7Schema.safeParse("3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f").success).toBe(false); // v4
});

test("SHA-256 references are 64 lowercase hex characters", () => {
  expect(Sha256HexSchema.safeParse("a".repeat(64)).success).toBe(true);
  expect(Sha256HexSchema.safeParse("A".repeat(64)).success).toBe(false);
  expect(Sha256HexSchema.safeParse("a".repeat(63)).success).toBe(false);
});
