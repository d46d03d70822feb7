import { expect, test } from "vitest";
import { errorAt, getAt, joinPath, setAt } from "./draft-path";

const draft = { assets: [{ type: "land", identifiers: { mapSheet: "12" }, coOwners: ["Lê Thị Hoa"] }], notes: "x" };

test("getAt reads objects and arrays by a dotted path, undefined when absent", () => {
  expect(getAt(draft, "assets.0.identifiers.mapSheet")).toBe("12");
  expect(getAt(draft, "assets.0.coOwners.0")).toBe("Lê Thị Hoa");
  expect(getAt(draft, "assets.1.type")).toBeUndefined();
  expect(getAt(draft, "notes.length")).toBeUndefined();
  expect(getAt(draft, "assets.x")).toBeUndefined();
  expect(getAt(draft, "")).toBe(draft);
});

test("setAt copies only the path it changes", () => {
  const next = setAt(draft, "assets.0.identifiers.parcelNumber", "125");
  expect(getAt(next, "assets.0.identifiers")).toEqual({ mapSheet: "12", parcelNumber: "125" });
  expect(draft.assets[0]?.identifiers).toEqual({ mapSheet: "12" });
  expect(getAt(next, "assets.0.coOwners")).toBe(draft.assets[0]?.coOwners);
  expect(next).not.toBe(draft);
});

test("setAt returns the same draft when nothing changes", () => {
  expect(setAt(draft, "notes", "x")).toBe(draft);
  expect(setAt(draft, "missing", undefined)).toBe(draft);
  expect(setAt(draft, "missing.deep.path", "")).toBe(draft);
});

test("undefined or an empty string deletes the key", () => {
  expect(setAt(draft, "notes", "")).not.toHaveProperty("notes");
  expect(getAt(setAt(draft, "assets.0.identifiers.mapSheet", undefined), "assets.0.identifiers")).toEqual({});
});

test("setAt creates the missing parents, arrays for numeric segments", () => {
  expect(setAt({}, "subject.identity.kind", "cmnd")).toEqual({ subject: { identity: { kind: "cmnd" } } });
  expect(setAt({}, "informants.0.bodyName", "UBND xã")).toEqual({ informants: [{ bodyName: "UBND xã" }] });
});

test("at an array index, undefined removes the element and an empty string is kept", () => {
  const list = { items: ["a", "b", "c"] };
  expect(setAt(list, "items.1", undefined)).toEqual({ items: ["a", "c"] });
  expect(setAt(list, "items.1", "")).toEqual({ items: ["a", "", "c"] });
  expect(setAt(list, "items.3", "d")).toEqual({ items: ["a", "b", "c", "d"] });
  expect(setAt(list, "items.9", "z")).toBe(list); // no holes
});

test("joinPath and errorAt use the zod dotted path", () => {
  expect(joinPath("assets", 0, "identifiers", "mapSheet")).toBe("assets.0.identifiers.mapSheet");
  expect(joinPath("", "participants")).toBe("participants");
  const errors = { "participants.2.signOff": "Phải ký", participants: "Thiếu người chứng kiến" };
  expect(errorAt(errors, "participants.2.signOff")).toBe("Phải ký");
  expect(errorAt(errors, "participants.1.signOff")).toBeUndefined();
  expect(errorAt(errors, "toString")).toBeUndefined();
});
