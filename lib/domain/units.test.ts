import { expect, test } from "vitest";
import { UnitSchema } from "./units";

const PROVINCE_ID = "0b7e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
const province = { id: PROVINCE_ID, code: "HP", name: "Thi hành án dân sự thành phố Hải Phòng", kind: "province", parentId: null };
const office = {
  id: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
  code: "HP.KV3",
  name: "Phòng Thi hành án dân sự khu vực 3 – Hải Phòng",
  kind: "office",
  parentId: PROVINCE_ID,
};

test("a province has no parent", () => {
  expect(UnitSchema.safeParse(province).success).toBe(true);
  expect(UnitSchema.safeParse({ ...province, parentId: office.id }).success).toBe(false);
});

test("an office belongs to a province", () => {
  expect(UnitSchema.safeParse(office).success).toBe(true);
  const orphan = UnitSchema.safeParse({ ...office, parentId: null });
  expect(orphan.success).toBe(false);
  expect(orphan.error?.issues[0]?.path).toEqual(["parentId"]);
});

test("unit codes are upper-case letters, digits and separators", () => {
  expect(UnitSchema.safeParse({ ...province, code: "hp" }).success).toBe(false);
  expect(UnitSchema.safeParse({ ...province, code: "H" }).success).toBe(false);
});

test("rejects unknown fields", () => {
  expect(UnitSchema.safeParse({ ...province, address: "Hải Phòng" }).success).toBe(false);
});
