import { expect, test } from "vitest";
import { UserSchema, UsernameSchema } from "./users";

const officer = {
  id: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
  username: "an.nv",
  displayName: "Nguyễn Văn An",
  role: "officer",
  unitId: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
  grade: "trung_cap",
};

test("a Chấp hành viên has a grade", () => {
  expect(UserSchema.safeParse(officer).success).toBe(true);
  const ungraded = UserSchema.safeParse({ ...officer, grade: null });
  expect(ungraded.success).toBe(false);
  expect(ungraded.error?.issues[0]?.path).toEqual(["grade"]);
});

test("a supervisor, leader or admin has no grade", () => {
  expect(UserSchema.safeParse({ ...officer, role: "supervisor", grade: null }).success).toBe(true);
  expect(UserSchema.safeParse({ ...officer, role: "supervisor", grade: "cao_cap" }).success).toBe(false);
  expect(UserSchema.safeParse({ ...officer, role: "admin", grade: "so_cap" }).success).toBe(false);
});

test("usernames are lower-cased and limited to unaccented characters", () => {
  expect(UsernameSchema.parse(" An.NV ")).toBe("an.nv");
  expect(UsernameSchema.safeParse("nguyễn").success).toBe(false);
  expect(UsernameSchema.safeParse("a").success).toBe(false);
});

test("rejects an unknown role", () => {
  expect(UserSchema.safeParse({ ...officer, role: "root" }).success).toBe(false);
});
