import { expect, test } from "vitest";
import { caseSearchText, normalizeSearchText } from "./search-text";

test("drops diacritics, maps đ to d and lower-cases", () => {
  expect(normalizeSearchText("  Đặng  Thị Ánh Tuyết ")).toBe("dang thi anh tuyet");
  expect(normalizeSearchText("Nguyễn Văn Hùng")).toBe(normalizeSearchText("nguyen van hung"));
});

test("a case is found by either party's name or document number and by its decision number", () => {
  const address = { asWritten: "Thôn Đông, xã Cẩm Hưng" };
  const text = caseSearchText(
    { type: "person", fullName: "Nguyễn Văn Hùng", identity: { kind: "dinh_danh", number: "030085001234" }, address },
    { type: "organization", name: "Ngân hàng Đầu tư", enterpriseCode: "0100150619", address },
    "123/QĐ-CCTHADS",
  );
  expect(text).toBe("nguyen van hung 030085001234 ngan hang dau tu 0100150619 123/qd-ccthads");
});
