import { expect, test } from "vitest";
import { caretAfterDigits, digitsBefore, formatMoneyInput, parseMoneyInput } from "./money";

test("formats integer đồng with Vietnamese grouping dots", () => {
  expect(formatMoneyInput(1_529_000_000)).toBe("1.529.000.000");
  expect(formatMoneyInput(0)).toBe("0");
  expect(formatMoneyInput(999)).toBe("999");
  expect(formatMoneyInput(1000)).toBe("1.000");
  expect(formatMoneyInput(undefined)).toBe("");
  expect(formatMoneyInput(12.5)).toBe("");
  expect(formatMoneyInput(-5)).toBe("");
});

test("parses what was typed, whatever the decoration", () => {
  expect(parseMoneyInput("1.529.000.000")).toBe(1_529_000_000);
  expect(parseMoneyInput("1 529 000 000 đ")).toBe(1_529_000_000);
  expect(parseMoneyInput("7.500.000,50")).toBe(7_500_000);
  expect(parseMoneyInput("007")).toBe(7);
  expect(parseMoneyInput("0")).toBe(0);
  expect(parseMoneyInput("")).toBeUndefined();
  expect(parseMoneyInput("đ")).toBeUndefined();
  expect(parseMoneyInput("1234567890123456")).toBeNull();
});

test("round-trips every formatted amount", () => {
  for (const amount of [0, 1, 12, 123, 1234, 850_000_000, 999_999_999_999_999]) {
    expect(parseMoneyInput(formatMoneyInput(amount))).toBe(amount);
  }
});

test("the caret stays after the same digit once regrouped", () => {
  // Typing "5" after "1.52|9.000" gives "1.525|9.000" → regrouped "15.259.000", caret after the 4th digit.
  const typed = "1.5259.000";
  const digits = digitsBefore(typed, 5);
  expect(digits).toBe(4);
  expect(caretAfterDigits("15.259.000", digits)).toBe(5);
  expect(caretAfterDigits("15.259.000", 0)).toBe(0);
  expect(caretAfterDigits("15.259.000", 99)).toBe(10);
});
