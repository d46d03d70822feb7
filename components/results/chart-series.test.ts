import { expect, test } from "vitest";
import { chartSummary, seriesPoints } from "./chart-series";
import { testNode } from "./test-nodes";

const office = testNode({ kind: "office", caseRate: 50, moneyRate: 20 });
const root = (caseRate: number | null, moneyRate: number | null) => testNode({ kind: "province", caseRate, moneyRate, children: [office] });

test("each date's point is loading, failed or loaded, for the root or the chosen office", () => {
  const dates = ["2020-10-31", "2020-11-30", "2020-12-31"];
  const points = seriesPoints(dates, [root(10, 5), null, undefined], null);
  expect(points.map((point) => point.state)).toEqual(["loaded", "failed", "loading"]);
  expect(points[0]).toMatchObject({ caseRate: 10, moneyRate: 5 });
  expect(seriesPoints(dates.slice(0, 1), [root(10, 5)], office.id)[0]).toMatchObject({ caseRate: 50, moneyRate: 20 });
  // An office missing from that month's answer is a gap, not the province's figure.
  expect(seriesPoints(dates.slice(0, 1), [root(10, 5)], "0190f3a2-7c1e-7b3d-8a4f-123456789abc")[0]?.state).toBe("failed");
});

test("the summary says where each rate starts and ends, and its target", () => {
  const points = seriesPoints(["2020-10-31", "2021-03-15"], [root(9.12, null), root(83.99, 44.26)], null);
  expect(chartSummary(points, 82.5, null)).toBe(
    "Tỷ lệ về việc: từ 9,12% (Tháng 10/2020) đến 83,99% (Đến 15/03/2021); chỉ tiêu 82,50%. Tỷ lệ về tiền: 44,26% (Đến 15/03/2021); chưa có chỉ tiêu.",
  );
  expect(chartSummary([], 82.5, 40.1)).toBe("Tỷ lệ về việc: chưa có số liệu; chỉ tiêu 82,50%. Tỷ lệ về tiền: chưa có số liệu; chỉ tiêu 40,10%.");
});
