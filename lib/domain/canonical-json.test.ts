import { expect, test } from "vitest";
import { canonicalJson } from "./canonical-json";

test("sorts keys at every depth and drops undefined members", () => {
  expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: undefined } })).toBe(
    '{"a":{"d":[2,{"y":null,"z":true}]},"b":1}',
  );
});

test("the same value written in another key order gives the same text", () => {
  expect(canonicalJson({ x: "Nguyễn", y: 2 })).toBe(canonicalJson({ y: 2, x: "Nguyễn" }));
});

test("refuses numbers JSON cannot represent", () => {
  expect(() => canonicalJson({ n: Number.NaN })).toThrow();
});
