import type { ResultNode } from "@/lib/domain/api/results";
import { formatVnd } from "@/lib/domain/money";
import { FigureLink, type Drill } from "./figure-link";
import { GapLabel } from "./gap-label";
import { formatCount, formatRate } from "./results-format";
import { doneCount } from "./results-tree";

interface ResultsRowProps {
  node: ResultNode;
  /** 0: a row of the table; 1: an officer under an expanded office; "total": the unit on screen, in the footer. */
  level: 0 | 1 | "total";
  expansion?: { isExpanded: boolean; onToggle(): void };
  /** Where the row's numbers link to (the cases behind them); null: plain numbers. */
  drill: Drill | null;
}

const NUM = "results-num whitespace-nowrap px-1.5 py-2 text-right tabular-nums";

function Target({ node, value }: { node: ResultNode; value: number | null }) {
  // An office without its own target uses the province's; officers always use their office's, so only
  // an office's inherited target is marked (the caption explains the mark).
  const isMarked = value !== null && node.kind === "office" && node.targetInherited;
  return (
    <>
      {formatRate(value)}
      {isMarked ? <span title="Chỉ tiêu của Cục">*</span> : null}
    </>
  );
}

export function ResultsRow({ node, level, expansion, drill }: ResultsRowProps) {
  const name = expansion ? (
    <button
      type="button"
      aria-expanded={expansion.isExpanded}
      onClick={expansion.onToggle}
      data-testid="expand-office"
      className="inline-flex min-h-11 items-center gap-1 rounded text-left font-medium text-blue-900 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
    >
      <span aria-hidden="true" data-print-hide>
        {expansion.isExpanded ? "▾" : "▸"}
      </span>
      {node.name}
      <span className="sr-only"> (xem Chấp hành viên)</span>
    </button>
  ) : (
    <span className={level === 1 ? "pl-5 text-slate-800" : undefined}>{node.name}</span>
  );
  const background = level === "total" ? "bg-slate-100" : level === 1 ? "bg-slate-50" : "bg-white";
  const weight = level === "total" ? "font-semibold" : "font-normal";
  return (
    <tr data-testid={level === "total" ? "results-total-row" : "results-row"} data-kind={node.kind} className={`border-t border-slate-200 ${background} ${level === 1 ? "text-sm" : ""}`}>
      <th scope="row" className={`results-name sticky left-0 z-10 min-w-40 px-1.5 py-2 sm:min-w-48 text-left ${weight} ${background}`}>
        {name}
      </th>
      <td className={NUM}>
        <FigureLink drill={drill} figure="toEnforce" value={node.figures.toEnforce}>
          {formatCount(node.figures.toEnforce)}
        </FigureLink>
      </td>
      <td className={NUM}>
        <FigureLink drill={drill} figure="withConditions" value={node.figures.withConditions}>
          {formatCount(node.figures.withConditions)}
        </FigureLink>
      </td>
      <td className={NUM}>
        <FigureLink drill={drill} figure="done" value={doneCount(node)}>
          {formatCount(doneCount(node))}
        </FigureLink>
      </td>
      <td className={`${NUM} font-semibold`} data-testid="case-rate-cell">
        {formatRate(node.caseRate)}
      </td>
      <td className={NUM}>
        <Target node={node} value={node.caseTarget} />
      </td>
      <td className={NUM}>
        <GapLabel gap={node.caseGap} testId="case-gap-cell" />
      </td>
      <td className={NUM}>
        <FigureLink drill={drill} figure="moneyWithConditions" value={node.figures.moneyWithConditions}>
          {formatVnd(node.figures.moneyWithConditions)}
        </FigureLink>
      </td>
      <td className={NUM}>
        <FigureLink drill={drill} figure="moneyDone" value={node.moneyDone}>
          {formatVnd(node.moneyDone)}
        </FigureLink>
      </td>
      <td className={`${NUM} font-semibold`} data-testid="money-rate-cell">
        {formatRate(node.moneyRate)}
      </td>
      <td className={NUM}>
        <Target node={node} value={node.moneyTarget} />
      </td>
      <td className={NUM}>
        <GapLabel gap={node.moneyGap} testId="money-gap-cell" />
      </td>
    </tr>
  );
}
