import { expect, test } from "vitest";
import { formatBillions, formatCount, formatRate, gapView } from "./results-format";

test("rates are Vietnamese percentages with two decimals, and a missing rate is a dash, not 0%", () => {
  expect(formatRate(83.99)).toBe("83,99%");
  expect(formatRate(82.5)).toBe("82,50%");
  expect(formatRate(0)).toBe("0,00%");
  expect(formatRate(null)).toBe("—");
});

test("gaps read « vượt » above the target, « chưa đạt » below it, and survive float error", () => {
  expect(gapView(1.49)).toEqual({ tone: "above", text: "vượt 1,49%" });
  expect(gapView(-0.35)).toEqual({ tone: "below", text: "chưa đạt 0,35%" });
  expect(gapView(4.16)).toEqual({ tone: "above", text: "vượt 4,16%" });
  expect(gapView(0.1 + 0.2 - 0.3)).toEqual({ tone: "on", text: "đạt chỉ tiêu" });
  expect(gapView(-12.07)?.text).toBe("chưa đạt 12,07%");
  expect(gapView(null)).toBeNull();
});

test("counts are grouped with dots; billions get two decimals and small sums none", () => {
  expect(formatCount(9334)).toBe("9.334");
  expect(formatBillions(1_529_000_000)).toBe("1,53 tỷ đồng");
  expect(formatBillions(1_234_567_890_123)).toBe("1.234,57 tỷ đồng");
  expect(formatBillions(999_999_999)).toBeNull();
});
