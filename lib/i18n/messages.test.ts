import { expect, test } from "vitest";
import { en, translate, vi } from "./messages";

test("every message has an English version that is not empty", () => {
  for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
    expect(en[key].length, key).toBeGreaterThan(0);
  }
});

test("fills placeholders", () => {
  expect(translate("vi", "cases.page", { page: 2, pages: 7 })).toBe("Trang 2/7");
  expect(translate("en", "cases.total", { count: "1.234" })).toBe("1.234 cases");
});
