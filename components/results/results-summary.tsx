import type { ReactNode } from "react";
import type { ResultNode } from "@/lib/domain/api/results";
import type { ResultCaseFigure } from "@/lib/domain/api/result-cases";
import { formatVnd } from "@/lib/domain/money";
import { FigureLink, type Drill } from "./figure-link";
import { RateCard } from "./rate-card";
import { formatBillions, formatCount } from "./results-format";
import { doneCount } from "./results-tree";

interface FigureProps {
  label: string;
  value: string;
  /** The number's figure and raw value, for its link to the cases. */
  link: { drill: Drill | null; figure: ResultCaseFigure; value: number };
  note?: ReactNode;
  testId: string;
  /** A sum in đồng: a whole row on a phone, where half a row cannot hold « 470.167.240.000 đ ». */
  isWide?: boolean;
}

function Figure({ label, value, link, note, testId, isWide = false }: FigureProps) {
  return (
    <div className={`results-card rounded-lg border border-slate-200 bg-white p-3 ${isWide ? "col-span-2 md:col-span-1" : ""}`}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900" data-testid={testId}>
        <FigureLink drill={link.drill} figure={link.figure} value={link.value}>
          {value}
        </FigureLink>
      </dd>
      {note ? <dd className="text-xs text-slate-600">{note}</dd> : null}
    </div>
  );
}

/** The two rates and the figures behind them, for the unit on screen (domain §2.3 gives the formulas). */
export function ResultsSummary({ node, drill }: { node: ResultNode; drill: Drill | null }) {
  const { figures } = node;
  const done = doneCount(node);
  const term = (figure: ResultCaseFigure, value: number, text: string) => (
    <FigureLink drill={drill} figure={figure} value={value}>
      {text}
    </FigureLink>
  );
  return (
    <section aria-labelledby="results-summary-title" className="flex flex-col gap-3">
      <h2 id="results-summary-title" className="text-lg font-semibold text-slate-900">
        Tổng hợp: {node.name}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <RateCard
          title="Tỷ lệ về việc"
          formula={
            <>
              ({term("done", done, "Xong + đình chỉ")}) / {term("withConditions", figures.withConditions, "có điều kiện")}
            </>
          }
          rate={node.caseRate}
          target={node.caseTarget}
          gap={node.caseGap}
          isTargetInherited={node.targetInherited}
          testId="case"
        />
        <RateCard
          title="Tỷ lệ về tiền"
          formula={
            <>
              ({term("moneyDone", node.moneyDone, "Tiền xong + đình chỉ + giảm")}) / {term("moneyWithConditions", figures.moneyWithConditions, "tiền có điều kiện")}
            </>
          }
          rate={node.moneyRate}
          target={node.moneyTarget}
          gap={node.moneyGap}
          isTargetInherited={node.targetInherited}
          testId="money"
        />
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <Figure label="Phải thi hành" value={`${formatCount(figures.toEnforce)} việc`} link={{ drill, figure: "toEnforce", value: figures.toEnforce }} testId="figure-to-enforce" />
        <Figure
          label="Có điều kiện thi hành"
          value={`${formatCount(figures.withConditions)} việc`}
          link={{ drill, figure: "withConditions", value: figures.withConditions }}
          testId="figure-with-conditions"
        />
        <Figure
          label="Xong + đình chỉ"
          value={`${formatCount(done)} việc`}
          link={{ drill, figure: "done", value: done }}
          note={
            <>
              xong {term("finished", figures.finished, formatCount(figures.finished))}, đình chỉ {term("terminated", figures.terminated, formatCount(figures.terminated))}
            </>
          }
          testId="figure-done"
        />
        <Figure label="Chuyển kỳ sau" value={`${formatCount(node.carriedForward)} việc`} link={{ drill, figure: "carriedForward", value: node.carriedForward }} testId="figure-carried-forward" />
        <Figure
          label="Tiền có điều kiện"
          value={formatVnd(figures.moneyWithConditions)}
          link={{ drill, figure: "moneyWithConditions", value: figures.moneyWithConditions }}
          note={formatBillions(figures.moneyWithConditions)}
          testId="figure-money-with-conditions"
          isWide
        />
        <Figure
          label="Tiền đã thi hành"
          value={formatVnd(node.moneyDone)}
          link={{ drill, figure: "moneyDone", value: node.moneyDone }}
          note={formatBillions(node.moneyDone)}
          testId="figure-money-done"
          isWide
        />
      </dl>
    </section>
  );
}
