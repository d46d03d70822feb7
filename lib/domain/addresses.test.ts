import { expect, test } from "vitest";
import { AddressSchema } from "./addresses";

test("keeps the address as written, with an optional normalised form", () => {
  expect(AddressSchema.safeParse({ asWritten: "Xã Nam Sách, huyện Nam Sách, tỉnh Hải Dương" }).success).toBe(true);
  const normalized = { commune: "Xã Nam Sách", communeCode: "10678", province: "Thành phố Hải Phòng" };
  expect(AddressSchema.safeParse({ asWritten: "Xã Nam Sách, tỉnh Hải Dương", normalized }).success).toBe(true);
});

test("a normalised address names its commune and province (no district since 1/7/2025)", () => {
  const result = AddressSchema.safeParse({ asWritten: "Xã Nam Sách", normalized: { commune: " ", province: "Hải Phòng" } });
  expect(result.error?.issues[0]?.path).toEqual(["normalized", "commune"]);
  const withDistrict = { commune: "Xã Nam Sách", district: "Huyện Nam Sách", province: "Hải Phòng" };
  expect(AddressSchema.safeParse({ asWritten: "Xã Nam Sách", normalized: withDistrict }).success).toBe(false);
});
