import { expect, test } from "vitest";
import {
  BLANK,
  clockPartsVi,
  coordinatesVi,
  formalDateTimeVi,
  formalDateVi,
  formalTimeVi,
  formatQuantityVi,
  identityVi,
  isSameDayVi,
  placeNameOf,
  upperVi,
} from "./print-format";

test("a calendar date is written in the formal style without any time-zone shift", () => {
  expect(formalDateVi("2025-12-05")).toBe("ngày 05 tháng 12 năm 2025");
  expect(formalDateVi("2026-01-01")).toBe("ngày 01 tháng 01 năm 2026");
});

test("an instant is dated in Vietnam time, not the machine's zone", () => {
  // 17:30 UTC on 31 December is already New Year's Day in Hà Nội (UTC+7).
  expect(formalDateVi("2025-12-31T17:30:00Z")).toBe("ngày 01 tháng 01 năm 2026");
  expect(formalDateVi("2025-12-05T09:00:00+07:00")).toBe("ngày 05 tháng 12 năm 2025");
});

test("clock parts are two-digit and midnight is 00, not 24", () => {
  expect(clockPartsVi("2026-07-19T17:00:00Z")).toEqual({ hour: "00", minute: "00", day: "20", month: "07", year: "2026" });
  expect(clockPartsVi(new Date("2026-07-20T01:05:00Z"))).toEqual({ hour: "08", minute: "05", day: "20", month: "07", year: "2026" });
});

test("an unreadable instant prints dotted blanks instead of crashing the printout", () => {
  expect(clockPartsVi("not a date").hour).toBe(BLANK);
  expect(formalDateVi("not a date")).toBe(`ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`);
});

test("times read as giờ and phút", () => {
  expect(formalTimeVi("2026-07-20T08:30:00+07:00")).toBe("08 giờ 30 phút");
  expect(formalDateTimeVi("2026-07-20T01:30:00Z")).toBe("08 giờ 30 phút, ngày 20 tháng 07 năm 2026");
});

test("same day is judged in Vietnam time", () => {
  expect(isSameDayVi("2026-07-20T08:30:00+07:00", "2026-07-20T23:59:00+07:00")).toBe(true);
  // 16:30 UTC is 23:30 in Vietnam; 17:30 UTC is already the next day there.
  expect(isSameDayVi("2026-07-20T16:30:00Z", "2026-07-20T17:30:00Z")).toBe(false);
  expect(isSameDayVi("bad", "bad")).toBe(false);
});

test("the date line's place is the commune without its level word", () => {
  expect(placeNameOf({ asWritten: "x", normalized: { commune: "Xã Nam Sách", province: "Hải Phòng" } })).toBe("Nam Sách");
  expect(placeNameOf({ asWritten: "x", normalized: { commune: "Phường Trần Phú", province: "Hải Phòng" } })).toBe("Trần Phú");
  expect(placeNameOf({ asWritten: "Thôn Đông" })).toBeNull();
  expect(placeNameOf(undefined)).toBeNull();
});

test("identity numbers say which document they are", () => {
  expect(identityVi({ kind: "dinh_danh", number: "030085001234" })).toBe("Số định danh cá nhân: 030085001234");
  expect(identityVi({ kind: "cmnd", number: "142345678" })).toBe("Số CMND: 142345678");
});

test("quantities use the Vietnamese decimal comma; coordinates keep the point", () => {
  expect(formatQuantityVi(120.5)).toBe("120,5");
  expect(formatQuantityVi(1500)).toBe("1.500");
  expect(coordinatesVi({ lat: 20.99, lng: 106.39, accuracy: 12.4 })).toBe("20.990000, 106.390000 (sai số ± 12 m)");
});

test("the issuing body is upper-cased with its diacritics", () => {
  expect(upperVi("Chi cục THADS TP Hải Dương")).toBe("CHI CỤC THADS TP HẢI DƯƠNG");
});
