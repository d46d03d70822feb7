import { expect, test } from "vitest";
import { FIXTURE_FIRM } from "@/lib/domain/records/fixtures";
import { determinedPrice, ValuationMethodSchema } from "@/lib/domain/records/valuation-method";
import { determinedPriceOf, withChair, withMethod } from "./method-rules";

test("a firm's details carry over between the two firm methods, nothing else does", () => {
  const agreedFirm = { method: "thoa_thuan_to_chuc", firm: FIXTURE_FIRM };
  expect(withMethod(agreedFirm, "to_chuc_do_chv_chon", "Nguyễn Văn An")).toEqual({ method: "to_chuc_do_chv_chon", firm: FIXTURE_FIRM });
  expect(withMethod(agreedFirm, "thoa_thuan_gia", "Nguyễn Văn An")).toEqual({ method: "thoa_thuan_gia" });
  expect(withMethod({ method: "thoa_thuan_gia", agreedPrice: 5 }, "thoa_thuan_to_chuc", "")).toEqual({ method: "thoa_thuan_to_chuc", firm: {} });
});

test("a council starts with the officer as chair and room for two more members", () => {
  const council = withMethod(undefined, "hoi_dong", "Nguyễn Văn An");
  expect(council).toEqual({
    method: "hoi_dong",
    council: { members: [{ fullName: "Nguyễn Văn An", title: "Chấp hành viên", isChair: true }, { isChair: false }, { isChair: false }] },
  });
});

test("the determined price matches the domain's for every valid method", () => {
  const methods = [
    { method: "thoa_thuan_gia", agreedPrice: 500_000_000 },
    { method: "to_chuc_do_chv_chon", firm: FIXTURE_FIRM },
    { method: "chv_tu_xac_dinh", reason: "perishable", price: 2_000_000 },
  ];
  for (const method of methods) {
    expect(determinedPriceOf(method)).toBe(determinedPrice(ValuationMethodSchema.parse(method)));
  }
  expect(determinedPriceOf({ method: "hoi_dong", council: { resultPrice: 7 } })).toBe(7);
});

test("no price yet, no determined price", () => {
  expect(determinedPriceOf(undefined)).toBeUndefined();
  expect(determinedPriceOf({ method: "thoa_thuan_gia" })).toBeUndefined();
  expect(determinedPriceOf({ method: "hoi_dong", council: {} })).toBeUndefined();
  expect(determinedPriceOf({ method: "chv_tu_xac_dinh", price: 0 })).toBeUndefined();
});

test("choosing a chair unseats the previous one", () => {
  const members = [{ fullName: "A", isChair: true }, { fullName: "B", isChair: false }, { fullName: "C" }];
  expect(withChair(members, 2).map((member) => member.isChair)).toEqual([false, false, true]);
  expect(withChair(undefined, 0)).toEqual([]);
});
