import { expect, test } from "vitest";
import { backoffDelayMs, MAX_DELAY_MS } from "./sync-status";

test("the delay doubles after each failure, with jitter, and never exceeds 5 minutes", () => {
  expect(backoffDelayMs(1, () => 0.5)).toBe(5_000);
  expect(backoffDelayMs(2, () => 0.5)).toBe(10_000);
  expect(backoffDelayMs(4, () => 0.5)).toBe(40_000);
  expect(backoffDelayMs(1, () => 0)).toBe(2_500);
  expect(backoffDelayMs(1, () => 0.999)).toBeLessThan(7_500);
  for (let failures = 1; failures < 40; failures += 1) {
    expect(backoffDelayMs(failures, () => 0.999)).toBeLessThanOrEqual(MAX_DELAY_MS);
  }
  expect(backoffDelayMs(30, () => 0.5)).toBe(MAX_DELAY_MS);
});
