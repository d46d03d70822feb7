import type { ResultNode } from "@/lib/domain/api/results";
import { EMPTY_FIGURES } from "@/lib/domain/statistics/case-figures";

// Result nodes for the unit tests of this folder: a valid node with overrides, ids made from the name.

let counter = 0;

export function testNode(overrides: Partial<ResultNode> = {}): ResultNode {
  counter += 1;
  const suffix = String(counter).padStart(12, "0");
  return {
    id: `00000000-0000-4000-8000-${suffix}`,
    kind: "office",
    name: `Đơn vị ${counter}`,
    code: null,
    figures: { ...EMPTY_FIGURES },
    carriedForward: 0,
    moneyDone: 0,
    caseRate: null,
    moneyRate: null,
    caseTarget: null,
    moneyTarget: null,
    caseGap: null,
    moneyGap: null,
    targetInherited: false,
    byKind: {
      chuDong: { figures: { ...EMPTY_FIGURES }, caseRate: null, moneyRate: null },
      theoYeuCau: { figures: { ...EMPTY_FIGURES }, caseRate: null, moneyRate: null },
    },
    children: [],
    ...overrides,
  };
}
