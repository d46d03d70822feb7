import { expect, test } from "vitest";
import { amountInWordsVi } from "./amount-in-words";

test.each([
  [0, "Không đồng"],
  [5, "Năm đồng"],
  [10, "Mười đồng"],
  [15, "Mười lăm đồng"],
  [21, "Hai mươi mốt đồng"],
  [24, "Hai mươi tư đồng"],
  [25, "Hai mươi lăm đồng"],
  [11, "Mười một đồng"],
  [14, "Mười bốn đồng"],
  [105, "Một trăm linh năm đồng"],
  [110, "Một trăm mười đồng"],
  [1_005, "Một nghìn không trăm linh năm đồng"],
  [1_000_005, "Một triệu không trăm linh năm đồng"],
  [7_500_000, "Bảy triệu năm trăm nghìn đồng"],
  [820_000_000, "Tám trăm hai mươi triệu đồng"],
  [1_529_000_000, "Một tỷ năm trăm hai mươi chín triệu đồng"],
  [2_000_050_000, "Hai tỷ không trăm năm mươi nghìn đồng"],
  [1_000_000_000_000, "Một nghìn tỷ đồng"],
  [1_005_000_000_000, "Một nghìn không trăm linh năm tỷ đồng"],
])("%i đồng reads %s", (amount, words) => {
  expect(amountInWordsVi(amount)).toBe(words);
});

test("amounts above a thousand tỷ count their tỷ in groups too", () => {
  expect(amountInWordsVi(Number.MAX_SAFE_INTEGER)).toBe(
    "Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ " +
      "hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng",
  );
});

test("fractions and negative amounts are refused: money is integer đồng", () => {
  expect(() => amountInWordsVi(1.5)).toThrow(RangeError);
  expect(() => amountInWordsVi(-1)).toThrow(RangeError);
});
