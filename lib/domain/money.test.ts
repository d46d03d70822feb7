import { expect, test } from "vitest";
import { formatPercentVi, formatVnd } from "./money";
import { MoneySchema } from "./money-schema";

test("formats đồng with Vietnamese grouping", () => {
  expect(formatVnd(1_529_000_000)).toBe("1.529.000.000 đ");
});

test("formats a rate with a decimal comma", () => {
  expect(formatPercentVi(83.99)).toBe("83,99%");
});

test("money must be a non-negative integer of đồng", () => {
  expect(MoneySchema.safeParse(1500).success).toBe(true);
  expect(MoneySchema.safeParse(1500.5).success).toBe(false);
  expect(MoneySchema.safeParse(-1).success).toBe(false);
  expect(MoneySchema.safeParse("1500").success).toBe(false);
});

test("formats zero and the largest exact amount", () => {
  expect(formatVnd(0)).toBe("0 đ");
  expect(MoneySchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
  expect(MoneySchema.safeParse(Number.MAX_SAFE_INTEGER + 1).success).toBe(false);
});

test("rejects NaN and infinities with a message in Vietnamese", () => {
  expect(MoneySchema.safeParse(Number.NaN).success).toBe(false);
  const result = MoneySchema.safeParse(12.5);
  expect(result.error?.issues[0]?.message).toBe("Số tiền phải là số nguyên (đồng), không có phần lẻ");
  expect(MoneySchema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
});

test("formats a rate with two decimals even when whole", () => {
  expect(formatPercentVi(100)).toBe("100,00%");
});
