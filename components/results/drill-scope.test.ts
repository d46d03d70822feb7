import { expect, test } from "vitest";
import { drillScopeOf } from "./drill-scope";
import { testNode } from "./test-nodes";

test("a unit is its own scope; an officer is narrowed within their office; the office's own id means unassigned", () => {
  const office = testNode({ kind: "office" });
  const officer = testNode({ kind: "officer" });
  const unassigned = testNode({ kind: "officer", id: office.id });
  expect(drillScopeOf(testNode({ kind: "province" }), null)).toEqual({ unit: expect.any(String) });
  expect(drillScopeOf(office, null)).toEqual({ unit: office.id });
  expect(drillScopeOf(officer, office)).toEqual({ unit: office.id, officer: officer.id });
  expect(drillScopeOf(unassigned, office)).toEqual({ unit: office.id, officer: "unassigned" });
  expect(drillScopeOf(officer, null)).toEqual({});
});
