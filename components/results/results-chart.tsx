import { CHART_FRAME, linePath, SLOT_MONTHS, xOfSlot, Y_TICKS, yOfPercent } from "./chart-scale";
import { chartSummary, type SeriesPoint } from "./chart-series";
import { ChartTable } from "./chart-table";

interface ResultsChartProps {
  points: SeriesPoint[];
  caseTarget: number | null;
  moneyTarget: number | null;
}

// Colour, marker shape (circle / square) and the legend's words tell the two lines apart; targets are dashed.
export const SERIES = {
  case: { name: "Tỷ lệ về việc", color: "#1e40af" },
  money: { name: "Tỷ lệ về tiền", color: "#b45309" },
} as const;

const { width, height, left, right, top, bottom } = CHART_FRAME;

function TargetLine({ value, color }: { value: number | null; color: string }) {
  if (value === null) return null;
  const y = yOfPercent(value);
  return <line x1={left} x2={width - right} y1={y} y2={y} stroke={color} strokeWidth={1.5} strokeDasharray="6 4" />;
}

function Markers({ values, color, shape }: { values: (number | null)[]; color: string; shape: "circle" | "square" }) {
  return values.map((value, slot) => {
    if (value === null) return null;
    const x = xOfSlot(slot);
    const y = yOfPercent(value);
    return shape === "circle" ? <circle key={slot} cx={x} cy={y} r={4} fill={color} /> : <rect key={slot} x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  });
}

/** The year so far, month by month, as an inline SVG; the summary and the table say the same in words. */
export function ResultsChart({ points, caseTarget, moneyTarget }: ResultsChartProps) {
  const caseValues = points.map((point) => point.caseRate);
  const moneyValues = points.map((point) => point.moneyRate);
  return (
    <figure className="flex max-w-4xl flex-col gap-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="results-chart-title"
        aria-describedby="results-chart-summary"
        data-testid="results-chart"
        className="h-auto w-full rounded-lg border border-slate-300 bg-white"
      >
        {Y_TICKS.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={yOfPercent(tick)} y2={yOfPercent(tick)} stroke="#e2e8f0" />
            <text x={left - 6} y={yOfPercent(tick) + 4} textAnchor="end" fontSize={14} fill="#334155">
              {tick}%
            </text>
          </g>
        ))}
        {SLOT_MONTHS.map((month, slot) => (
          <text key={month} x={xOfSlot(slot)} y={height - bottom + 18} textAnchor="middle" fontSize={14} fill="#334155">
            T{month}
          </text>
        ))}
        <line x1={left} x2={left} y1={top} y2={height - bottom} stroke="#94a3b8" />
        <TargetLine value={caseTarget} color={SERIES.case.color} />
        <TargetLine value={moneyTarget} color={SERIES.money.color} />
        <path d={linePath(caseValues)} fill="none" stroke={SERIES.case.color} strokeWidth={2.5} />
        <path d={linePath(moneyValues)} fill="none" stroke={SERIES.money.color} strokeWidth={2.5} />
        <Markers values={caseValues} color={SERIES.case.color} shape="circle" />
        <Markers values={moneyValues} color={SERIES.money.color} shape="square" />
      </svg>
      <figcaption className="flex flex-col gap-2 text-sm text-slate-800">
        <ChartLegend />
        <p id="results-chart-summary" data-testid="results-chart-summary">
          {chartSummary(points, caseTarget, moneyTarget)}
        </p>
      </figcaption>
      <ChartTable points={points} caseTarget={caseTarget} moneyTarget={moneyTarget} />
    </figure>
  );
}

function ChartLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Chú giải">
      {(["case", "money"] as const).map((key) => (
        <li key={key} className="inline-flex items-center gap-3">
          <span className="inline-flex items-center gap-1">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES[key].color} strokeWidth="2.5" />
              {key === "case" ? <circle cx="14" cy="5" r="4" fill={SERIES[key].color} /> : <rect x="10" y="1" width="8" height="8" fill={SERIES[key].color} />}
            </svg>
            {SERIES[key].name}
          </span>
          <span className="inline-flex items-center gap-1">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={SERIES[key].color} strokeWidth="1.5" strokeDasharray="6 4" />
            </svg>
            chỉ tiêu
          </span>
        </li>
      ))}
    </ul>
  );
}
