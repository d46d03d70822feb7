import { expect, test } from "vitest";
import { hasContent, isDeepEqual } from "./has-content";

test("deep equality of JSON values", () => {
  expect(isDeepEqual({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
  expect(isDeepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(isDeepEqual([1, 2], [2, 1])).toBe(false);
});

test("an untouched or blank item has no content", () => {
  const blank = { type: "land", identifiers: {}, coOwners: [], photoSha256s: [] };
  expect(hasContent({ ...blank }, blank)).toBe(false);
  expect(hasContent("", "")).toBe(false);
  expect(hasContent({ fullName: "   " }, {})).toBe(false);
});

test("anything entered is content", () => {
  const blank = { type: "land", identifiers: {}, coOwners: [], photoSha256s: [] };
  expect(hasContent({ ...blank, description: "Đất ở" }, blank)).toBe(true);
  expect(hasContent({ ...blank, photoSha256s: ["ab"] }, blank)).toBe(true);
  expect(hasContent({ ...blank, estimatedValue: 0 }, blank)).toBe(true);
  expect(hasContent("Lê Thị Hoa", "")).toBe(true);
});
