import { seriesPoints } from "./chart-series";
import { ResultsChart } from "./results-chart";
import type { MonthlySeries } from "./use-monthly-results";

interface MonthlySectionProps {
  series: MonthlySeries;
  unitId: string | null;
  caseTarget: number | null;
  moneyTarget: number | null;
}

/** The monthly chart with the progress of its requests (one per month end). Not printed: the report is A4. */
export function MonthlySection({ series, unitId, caseTarget, moneyTarget }: MonthlySectionProps) {
  const total = series.dates.length;
  const isLoading = series.done < total;
  return (
    <section aria-labelledby="results-chart-title" aria-busy={isLoading} data-print-hide className="flex flex-col gap-2">
      <h2 id="results-chart-title" className="text-lg font-semibold text-slate-900">
        Diễn biến lũy kế theo tháng
      </h2>
      <div role="status" data-testid="results-chart-progress" className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {isLoading ? (
          <>
            <progress value={series.done} max={total} aria-label="Tiến độ tải số liệu theo tháng" className="w-40" />
            Đang tải số liệu theo tháng: {series.done}/{total}
          </>
        ) : series.failed > 0 ? (
          `Không tải được số liệu của ${series.failed} tháng; các tháng đó để trống.`
        ) : null}
      </div>
      <ResultsChart points={seriesPoints(series.dates, series.roots, unitId)} caseTarget={caseTarget} moneyTarget={moneyTarget} />
    </section>
  );
}
