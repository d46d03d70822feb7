import { expect, test } from "vitest";
import { diffRecords } from "./record-diff";

const base = {
  id: "a",
  contentHash: "x",
  revisionOf: null,
  capturedAt: "2026-11-20T09:00:00+07:00",
  payload: { price: 3_200_000, assets: [{ description: "Tủ lạnh" }, { description: "Ti vi" }], notes: "cũ" },
};

test("the same content gives no change, whatever the ids, hashes and links", () => {
  expect(diffRecords(base, { ...base, id: "b", contentHash: "y", revisionOf: "a" })).toEqual([]);
});

test("changed, added and removed leaves are listed by dotted path, in path order", () => {
  const next = { ...base, payload: { price: 3_500_000, assets: [{ description: "Tủ lạnh Sanyo" }], conclusion: "ok" } };
  expect(diffRecords(base, next)).toEqual([
    { path: "payload.assets.0.description", kind: "changed", before: "Tủ lạnh", after: "Tủ lạnh Sanyo" },
    { path: "payload.assets.1", kind: "removed", before: { description: "Ti vi" }, after: null },
    { path: "payload.conclusion", kind: "added", before: null, after: "ok" },
    { path: "payload.notes", kind: "removed", before: "cũ", after: null },
    { path: "payload.price", kind: "changed", before: 3_200_000, after: 3_500_000 },
  ]);
});

test("null is a value: null to text is a change, and a type change is a change", () => {
  expect(diffRecords({ note: null }, { note: "GPS yếu" })).toEqual([{ path: "note", kind: "changed", before: null, after: "GPS yếu" }]);
  expect(diffRecords({ v: [1] }, { v: { 0: 1 } })).toEqual([{ path: "v", kind: "changed", before: [1], after: { 0: 1 } }]);
});
