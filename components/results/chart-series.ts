import type { ResultNode } from "@/lib/domain/api/results";
import type { IsoDate } from "@/lib/domain/dates";
import { pointLabel } from "./month-ends";
import { formatRate } from "./results-format";
import { selectNode } from "./results-tree";

// The monthly series of the unit on screen, and the sentence that tells a screen reader what the chart shows.

export interface SeriesPoint {
  date: IsoDate;
  state: "loading" | "failed" | "loaded";
  caseRate: number | null;
  moneyRate: number | null;
}

export function seriesPoints(dates: readonly IsoDate[], roots: readonly (ResultNode | null | undefined)[], unitId: string | null): SeriesPoint[] {
  return dates.map((date, index) => {
    const root = roots[index];
    if (root === undefined) return { date, state: "loading", caseRate: null, moneyRate: null };
    const node = root === null ? null : selectNode(root, unitId);
    if (node === null) return { date, state: "failed", caseRate: null, moneyRate: null };
    return { date, state: "loaded", caseRate: node.caseRate, moneyRate: node.moneyRate };
  });
}

function measureSentence(name: string, points: readonly SeriesPoint[], pick: (point: SeriesPoint) => number | null, target: number | null): string {
  const known = points.filter((point) => pick(point) !== null);
  const first = known[0];
  const last = known.at(-1);
  const targetText = target === null ? "chưa có chỉ tiêu" : `chỉ tiêu ${formatRate(target)}`;
  if (!first || !last) return `${name}: chưa có số liệu; ${targetText}.`;
  if (first === last) return `${name}: ${formatRate(pick(last))} (${pointLabel(last.date)}); ${targetText}.`;
  return `${name}: từ ${formatRate(pick(first))} (${pointLabel(first.date)}) đến ${formatRate(pick(last))} (${pointLabel(last.date)}); ${targetText}.`;
}

/** « Tỷ lệ về việc: từ 9,12% (Tháng 10/2020) đến 83,99% (Tháng 09/2021); chỉ tiêu 82,50%. Tỷ lệ về tiền: … » */
export function chartSummary(points: readonly SeriesPoint[], caseTarget: number | null, moneyTarget: number | null): string {
  return [
    measureSentence("Tỷ lệ về việc", points, (point) => point.caseRate, caseTarget),
    measureSentence("Tỷ lệ về tiền", points, (point) => point.moneyRate, moneyTarget),
  ].join(" ");
}
