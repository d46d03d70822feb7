import type { ResultNode, ResultsResponse } from "@/lib/domain/api/results";
import { formatDateVi } from "@/lib/domain/dates";
import { drillScopeOf } from "./drill-scope";
import { MonthlySection } from "./monthly-section";
import { ResultsExportBar } from "./results-export-bar";
import type { SortKey, SortOrder } from "./results-sort";
import { ResultsSummary } from "./results-summary";
import { ResultsTable } from "./results-table";
import type { MonthlySeries } from "./use-monthly-results";

interface ResultsReportProps {
  response: ResultsResponse;
  node: ResultNode;
  unitId: string | null;
  order: SortOrder | null;
  onSort(key: SortKey): void;
  monthly: MonthlySeries | null;
}

/** What the page shows and prints for one answer: the period, the summary, the table, the monthly chart. */
export function ResultsReport({ response, node, unitId, order, onSort, monthly }: ResultsReportProps) {
  const period = { year: response.reportYear, asOf: response.asOf };
  return (
    <div className="flex flex-col gap-4">
      <p className="text-base text-slate-800" data-testid="results-period">
        <span className="font-semibold">{node.name}</span> · Năm báo cáo {response.reportYear} ({formatDateVi(response.start)} – {formatDateVi(response.end)}) · Số
        liệu đến ngày <span className="font-semibold">{formatDateVi(response.asOf)}</span>
      </p>
      <ResultsExportBar response={response} node={node} />
      <ResultsSummary node={node} drill={{ period, scope: drillScopeOf(node, null) }} />
      {node.children.length > 0 ? <ResultsTable node={node} order={order} onSort={onSort} period={period} /> : null}
      {monthly ? <MonthlySection series={monthly} unitId={unitId} caseTarget={node.caseTarget} moneyTarget={node.moneyTarget} /> : null}
    </div>
  );
}
