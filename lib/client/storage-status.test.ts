import { expect, test } from "vitest";
import { isNearlyFull, usedShare } from "./storage-status";

const MB = 1024 * 1024;

test("the warning starts at 80% of the quota, not before", () => {
  expect(isNearlyFull({ usageBytes: 79 * MB, quotaBytes: 100 * MB })).toBe(false);
  expect(isNearlyFull({ usageBytes: 80 * MB, quotaBytes: 100 * MB })).toBe(true);
  expect(isNearlyFull({ usageBytes: 120 * MB, quotaBytes: 100 * MB })).toBe(true);
  expect(usedShare({ usageBytes: 120 * MB, quotaBytes: 100 * MB })).toBe(1);
});

test("an unknown or absurd estimate gives no share and no warning (never a NaN on screen)", () => {
  for (const status of [
    { usageBytes: null, quotaBytes: 100 },
    { usageBytes: 10, quotaBytes: null },
    { usageBytes: 10, quotaBytes: 0 },
    { usageBytes: Number.NaN, quotaBytes: 100 },
  ]) {
    expect(usedShare(status)).toBeNull();
    expect(isNearlyFull(status)).toBe(false);
  }
});
