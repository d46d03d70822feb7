import { expect, test } from "vitest";
import { EMPTY_FIGURES } from "@/lib/domain/statistics/case-figures";
import { isEmptyNode, selectNode } from "./results-tree";
import { testNode } from "./test-nodes";

test("a leader's choice selects an office of the root; anything else is not found", () => {
  const officer = testNode({ kind: "officer" });
  const office = testNode({ kind: "office", children: [officer] });
  const root = testNode({ kind: "province", children: [office] });
  expect(selectNode(root, null)).toBe(root);
  expect(selectNode(root, root.id)).toBe(root);
  expect(selectNode(root, office.id)).toBe(office);
  expect(selectNode(root, officer.id)).toBeNull(); // only offices are picked
  expect(selectNode(root, "0190f3a2-7c1e-7b3d-8a4f-123456789abc")).toBeNull();
});

test("a node is empty only with nothing carried over, accepted or to enforce", () => {
  expect(isEmptyNode(testNode())).toBe(true);
  expect(isEmptyNode(testNode({ figures: { ...EMPTY_FIGURES, carriedOver: 1 } }))).toBe(false);
  expect(isEmptyNode(testNode({ figures: { ...EMPTY_FIGURES, toEnforce: 3 } }))).toBe(false);
});
