import type { ResultNode } from "@/lib/domain/api/results";
import { formatVnd } from "@/lib/domain/money";
import { RateCard } from "./rate-card";
import { formatBillions, formatCount } from "./results-format";
import { doneCount } from "./results-tree";

interface FigureProps {
  label: string;
  value: string;
  note?: string | null;
  testId: string;
  /** A sum in đồng: a whole row on a phone, where half a row cannot hold « 470.167.240.000 đ ». */
  isWide?: boolean;
}

function Figure({ label, value, note, testId, isWide = false }: FigureProps) {
  return (
    <div className={`results-card rounded-lg border border-slate-200 bg-white p-3 ${isWide ? "col-span-2 md:col-span-1" : ""}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="text-xs text-slate-600">{note}</dd> : null}
    </div>
  );
}

/** The two rates and the figures behind them, for the unit on screen (domain §2.3 gives the formulas). */
export function ResultsSummary({ node }: { node: ResultNode }) {
  const { figures } = node;
  return (
    <section aria-labelledby="results-summary-title" className="flex flex-col gap-3">
      <h2 id="results-summary-title" className="text-lg font-semibold text-slate-900">
        Tổng hợp: {node.name}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <RateCard
          title="Tỷ lệ về việc"
          formula="(Xong + đình chỉ) / có điều kiện"
          rate={node.caseRate}
          target={node.caseTarget}
          gap={node.caseGap}
          isTargetInherited={node.targetInherited}
          testId="case"
        />
        <RateCard
          title="Tỷ lệ về tiền"
          formula="(Tiền xong + đình chỉ + giảm) / tiền có điều kiện"
          rate={node.moneyRate}
          target={node.moneyTarget}
          gap={node.moneyGap}
          isTargetInherited={node.targetInherited}
          testId="money"
        />
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <Figure label="Phải thi hành" value={`${formatCount(figures.toEnforce)} việc`} testId="figure-to-enforce" />
        <Figure label="Có điều kiện thi hành" value={`${formatCount(figures.withConditions)} việc`} testId="figure-with-conditions" />
        <Figure
          label="Xong + đình chỉ"
          value={`${formatCount(doneCount(node))} việc`}
          note={`xong ${formatCount(figures.finished)}, đình chỉ ${formatCount(figures.terminated)}`}
          testId="figure-done"
        />
        <Figure label="Chuyển kỳ sau" value={`${formatCount(node.carriedForward)} việc`} testId="figure-carried-forward" />
        <Figure label="Tiền có điều kiện" value={formatVnd(figures.moneyWithConditions)} note={formatBillions(figures.moneyWithConditions)} testId="figure-money-with-conditions" isWide />
        <Figure label="Tiền đã thi hành" value={formatVnd(node.moneyDone)} note={formatBillions(node.moneyDone)} testId="figure-money-done" isWide />
      </dl>
    </section>
  );
}
