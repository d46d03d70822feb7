import { pointLabel } from "./month-ends";
import type { SeriesPoint } from "./chart-series";
import { formatRate, NO_VALUE } from "./results-format";

interface ChartTableProps {
  points: SeriesPoint[];
  caseTarget: number | null;
  moneyTarget: number | null;
}

function cell(point: SeriesPoint, value: number | null): string {
  if (point.state === "loading") return "đang tải…";
  if (point.state === "failed") return "không tải được";
  return value === null ? NO_VALUE : formatRate(value);
}

/** The chart's figures as a table, for screen readers, for copying, and for anyone who prefers numbers. */
export function ChartTable({ points, caseTarget, moneyTarget }: ChartTableProps) {
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-blue-800 underline">Bảng số liệu theo tháng</summary>
      <div className="overflow-x-auto">
        <table data-testid="results-chart-table" className="min-w-full border-collapse">
          <caption className="py-1 text-left text-slate-700">
            Chỉ tiêu năm: về việc {formatRate(caseTarget)}, về tiền {formatRate(moneyTarget)}.
          </caption>
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className="px-2 py-1 text-left">Số liệu đến</th>
              <th scope="col" className="px-2 py-1 text-right">Tỷ lệ về việc</th>
              <th scope="col" className="px-2 py-1 text-right">Tỷ lệ về tiền</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.date} className="border-t border-slate-200">
                <th scope="row" className="px-2 py-1 text-left font-normal">{pointLabel(point.date)}</th>
                <td className="px-2 py-1 text-right tabular-nums">{cell(point, point.caseRate)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{cell(point, point.moneyRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
