import { expect, test } from "vitest";
import { canonicalJson, type JsonValue } from "./canonical-json";

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

/** The definition, plainly: what the fast version must equal byte for byte. */
function reference(value: JsonValue): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  const members = Object.keys(value)
    .sort()
    .flatMap((key) => {
      const member = value[key];
      return member === undefined ? [] : [`${JSON.stringify(key)}:${reference(member)}`];
    });
  return `{${members.join(",")}}`;
}

test("equals the plain definition on random values (keys with accents, quotes, emoji; nested arrays and objects)", () => {
  let seed = 20_261_129;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pieces = ["a", "Z", "ả", "Đ", '"', "\\", "\n", "😀", "10", "_", " ", "ư"];
  const text = () => Array.from({ length: Math.floor(next() * 5) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
  const random = (depth: number): JsonValue | undefined => {
    const pick = next();
    if (depth > 3 || pick < 0.3) return [null, true, false, 0, -1.5, 1e21, text()][Math.floor(next() * 7)] as JsonValue;
    if (pick < 0.4) return undefined;
    if (pick < 0.65) return Array.from({ length: Math.floor(next() * 4) }, () => random(depth + 1) ?? null);
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 6) }, () => [text(), random(depth + 1)]));
  };
  for (let k = 0; k < 2_000; k += 1) {
    const value = random(0) ?? {};
    expect(canonicalJson(value)).toBe(reference(value));
  }
});
