"use client";

import { Fragment, useState } from "react";
import type { ResultNode } from "@/lib/domain/api/results";
import type { DrillPeriod } from "../result-cases/result-cases-query";
import { drillScopeOf } from "./drill-scope";
import { ResultsRow } from "./results-row";
import { sortNodes, type SortKey, type SortOrder } from "./results-sort";
import { SortHeader } from "./sort-header";

interface ResultsTableProps {
  node: ResultNode;
  order: SortOrder | null;
  onSort(key: SortKey): void;
  /** The year and date of the figures, for their links to the cases; null: plain numbers. */
  period: DrillPeriod | null;
}

const SORT_WORDS: Record<SortKey, string> = { caseRate: "tỷ lệ về việc", moneyRate: "tỷ lệ về tiền" };

function Col({ label, hidden }: { label: string; hidden?: string }) {
  return (
    <th scope="col" className="results-num px-1.5 py-2 text-right align-bottom font-semibold">
      {label}
      {hidden ? <span className="sr-only"> {hidden}</span> : null}
    </th>
  );
}

/**
 * The units under the one on screen (offices of a province, officers of an office), sortable by either rate;
 * an office opens to its officers. Wide: on a phone it scrolls sideways, the name column staying in view.
 */
export function ResultsTable({ node, order, onSort, period }: ResultsTableProps) {
  const drill = (row: ResultNode, office: ResultNode | null) => (period ? { period, scope: drillScopeOf(row, office) } : null);
  // The rows under an office are its officers; under a province, its offices (whose officers unfold below them).
  const officeOfRows = node.kind === "office" ? node : null;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = sortNodes(node.children, order);
  const isProvince = node.kind === "province";
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const title = isProvince ? "Kết quả theo Chi cục" : "Kết quả theo Chấp hành viên";
  const hasInherited = rows.some((row) => row.kind === "office" && row.targetInherited && row.caseTarget !== null);
  return (
    <section aria-labelledby="results-table-title" className="flex flex-col gap-2">
      <h2 id="results-table-title" className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p role="status" className="sr-only">
        {order ? `Đã sắp xếp theo ${SORT_WORDS[order.key]}, ${order.direction === "ascending" ? "thấp đến cao" : "cao đến thấp"}.` : ""}
      </p>
      <div role="region" aria-label={`Bảng ${title.toLowerCase()}, cuộn ngang được`} tabIndex={0} className="results-scroll relative overflow-x-auto rounded-lg border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
        <table data-testid="results-table" className="results-table min-w-full border-collapse text-sm">
          <caption className="sr-only">
            {title}; nút ở cột tỷ lệ để sắp xếp.
          </caption>
          <thead className="bg-slate-100 text-slate-900">
            <tr>
              <th scope="col" className="results-name sticky left-0 z-10 bg-slate-100 px-1.5 py-2 text-left align-bottom font-semibold">
                {isProvince ? "Đơn vị" : "Chấp hành viên"}
              </th>
              <Col label="Phải thi hành" />
              <Col label="Có điều kiện" />
              <Col label="Xong + đình chỉ" />
              <SortHeader label="Tỷ lệ việc" sortKey="caseRate" order={order} onSort={onSort} />
              <Col label="Chỉ tiêu" hidden="về việc" />
              <Col label="Chênh lệch" hidden="về việc" />
              <Col label="Tiền có điều kiện" />
              <Col label="Tiền đã thi hành" />
              <SortHeader label="Tỷ lệ tiền" sortKey="moneyRate" order={order} onSort={onSort} />
              <Col label="Chỉ tiêu" hidden="về tiền" />
              <Col label="Chênh lệch" hidden="về tiền" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const isExpanded = expanded.has(row.id);
              const canExpand = isProvince && row.children.length > 0;
              return (
                <Fragment key={row.id}>
                  <ResultsRow node={row} level={0} drill={drill(row, officeOfRows)} expansion={canExpand ? { isExpanded, onToggle: () => toggle(row.id) } : undefined} />
                  {canExpand && isExpanded
                    ? sortNodes(row.children, order).map((officer) => <ResultsRow key={`${row.id}/${officer.id}`} node={officer} level={1} drill={drill(officer, row)} />)
                    : null}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <ResultsRow node={node} level="total" drill={drill(node, null)} />
          </tfoot>
        </table>
      </div>
      {hasInherited ? <p className="text-xs text-slate-700">* Chi cục chưa có chỉ tiêu riêng: dùng chỉ tiêu của Cục.</p> : null}
    </section>
  );
}
