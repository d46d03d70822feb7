import { expect, test } from "vitest";
import { nextSortOrder, sortFromParam, sortNodes, sortToParam, type SortOrder } from "./results-sort";
import { testNode } from "./test-nodes";

const a = testNode({ name: "A", moneyRate: 40.1, caseRate: 90 });
const b = testNode({ name: "B", moneyRate: null, caseRate: 70 });
const c = testNode({ name: "C", moneyRate: 12.5, caseRate: 90 });
const d = testNode({ name: "D", moneyRate: 40.1, caseRate: null });
const names = (nodes: { name: string }[]) => nodes.map((node) => node.name).join("");

test("ascending puts the lowest rate first and descending the highest; no rate is last both ways", () => {
  expect(names(sortNodes([a, b, c, d], { key: "moneyRate", direction: "ascending" }))).toBe("CADB");
  expect(names(sortNodes([a, b, c, d], { key: "moneyRate", direction: "descending" }))).toBe("ADCB");
  expect(names(sortNodes([a, b, c, d], { key: "caseRate", direction: "ascending" }))).toBe("BACD");
  expect(names(sortNodes([a, b, c, d], { key: "caseRate", direction: "descending" }))).toBe("ACBD");
});

test("no order keeps the server's order, and sorting never changes the input", () => {
  const input = [d, c, b, a];
  expect(names(sortNodes(input, null))).toBe("DCBA");
  sortNodes(input, { key: "moneyRate", direction: "ascending" });
  expect(names(input)).toBe("DCBA");
  expect(sortNodes([], { key: "caseRate", direction: "ascending" })).toEqual([]);
});

test("pressing a column sorts lowest first, pressing it again highest first, another column starts over", () => {
  const first = nextSortOrder(null, "moneyRate");
  expect(first).toEqual({ key: "moneyRate", direction: "ascending" });
  const second = nextSortOrder(first, "moneyRate");
  expect(second).toEqual({ key: "moneyRate", direction: "descending" });
  expect(nextSortOrder(second, "moneyRate")).toEqual(first);
  expect(nextSortOrder(second, "caseRate")).toEqual({ key: "caseRate", direction: "ascending" });
});

test("the order round-trips through the URL and a hand-typed bad value is no order", () => {
  const orders: SortOrder[] = [
    { key: "moneyRate", direction: "ascending" },
    { key: "caseRate", direction: "descending" },
  ];
  for (const order of orders) expect(sortFromParam(sortToParam(order))).toEqual(order);
  for (const bad of [null, "", "moneyRate", "name-asc", "caseRate-up", "caseRate-asc-x"]) expect(sortFromParam(bad), String(bad)).toBeNull();
});
