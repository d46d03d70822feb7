import { expect, test } from "vitest";
import { normalizeSearchText } from "./search-text";

test("drops diacritics, maps đ to d and lower-cases", () => {
  expect(normalizeSearchText("  Đặng  Thị Ánh Tuyết ")).toBe("dang thi anh tuyet");
  expect(normalizeSearchText("Nguyễn Văn Hùng")).toBe(normalizeSearchText("nguyen van hung"));
});
