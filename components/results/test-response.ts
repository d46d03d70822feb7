import type { ResultsResponse } from "@/lib/domain/api/results";
import { testNode } from "./test-nodes";

/** A small province as the API would answer for report year 2021 as of 30/09/2021, for the export tests. */
export function testResponse(): ResultsResponse {
  const officer = testNode({ kind: "officer", name: 'Nguyễn Văn "Ba", CHV', caseRate: 80, moneyRate: 30.5, targetInherited: true });
  const office = testNode({
    kind: "office",
    name: "Chi cục THADS thành phố Hải Dương",
    code: "HD.TPHD",
    caseRate: 85.1,
    moneyRate: 39.75,
    caseTarget: 82.5,
    moneyTarget: 40.1,
    caseGap: 2.6,
    moneyGap: -0.35,
    targetInherited: true,
    children: [officer],
  });
  const root = testNode({
    kind: "province",
    name: "Cục THADS tỉnh Hải Dương",
    code: "HD",
    figures: { ...office.figures, toEnforce: 9334, withConditions: 7581, finished: 6000, terminated: 367, moneyWithConditions: 1_529_000_000 },
    carriedForward: 2967,
    moneyDone: 676_735_400,
    caseRate: 83.99,
    moneyRate: 44.26,
    caseTarget: 82.5,
    moneyTarget: 40.1,
    caseGap: 1.49,
    moneyGap: 4.16,
    children: [office],
  });
  return { reportYear: 2021, start: "2020-10-01", end: "2021-09-30", asOf: "2021-09-30", root };
}
