import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "./password";

test("a hash verifies its own password and no other", async () => {
  const stored = await hashPassword("demo-2021");
  expect(stored.startsWith("scrypt$32768$8$1$")).toBe(true);
  expect(await verifyPassword("demo-2021", stored)).toBe(true);
  expect(await verifyPassword("demo-2022", stored)).toBe(false);
});

test("two hashes of one password differ (random salt)", async () => {
  expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
});

test("a malformed stored hash never verifies", async () => {
  expect(await verifyPassword("demo-2021", "plain-text")).toBe(false);
});
