import type { ReactNode } from "react";
import { GapLabel } from "./gap-label";
import { formatRate } from "./results-format";

interface RateCardProps {
  title: string;
  /** The rate's terms; on screen each is a link to the cases behind it. */
  formula: ReactNode;
  rate: number | null;
  target: number | null;
  gap: number | null;
  isTargetInherited: boolean;
  testId: string;
}

/** One of the two headline rates with its target and the gap to it. */
export function RateCard({ title, formula, rate, target, gap, isTargetInherited, testId }: RateCardProps) {
  return (
    <div className="results-card flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      <p className="text-3xl font-semibold text-slate-900" data-testid={`${testId}-rate`}>
        {formatRate(rate)}
      </p>
      <p className="text-sm text-slate-800">
        Chỉ tiêu: <span data-testid={`${testId}-target`}>{formatRate(target)}</span>
        {target !== null && isTargetInherited ? <span className="text-slate-600"> (của đơn vị cấp trên)</span> : null}
      </p>
      <p className="text-base">
        <GapLabel gap={gap} testId={`${testId}-gap`} />
      </p>
      <p className="text-xs text-slate-600">{formula}</p>
    </div>
  );
}
