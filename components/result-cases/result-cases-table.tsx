import Link from "next/link";
import type { ResultCasesResponse } from "@/lib/domain/api/result-cases";
import { formatDateVi } from "@/lib/domain/dates";
import { formatVnd } from "@/lib/domain/money";
import { routes } from "@/lib/routes";
import { moneyColumnsFor } from "./money-columns";

const CELL = "px-2 py-2 align-top";
const NUM = `${CELL} whitespace-nowrap text-right tabular-nums`;
const HEAD = "px-2 py-2 text-left align-bottom font-semibold";

/**
 * One page of the cases behind a number. The office and officer columns appear only when the list spans more
 * than one; a head, a leader or an admin opens a case's ledger from its decision number (its « ← » comes back to
 * `listHref`, this page of the list).
 */
export function ResultCasesTable({ response, canOpenCase, listHref }: { response: ResultCasesResponse; canOpenCase: boolean; listHref: string }) {
  const showsOffice = response.unit.kind === "province";
  const showsOfficer = response.officer === null;
  const money = moneyColumnsFor(response.figure);
  const first = (response.page - 1) * response.pageSize;
  return (
    <div role="region" aria-label="Bảng danh sách việc, cuộn ngang được" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-blue-700">
      <table data-testid="result-cases-table" className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Các việc trong danh sách, trang {response.page}</caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            <th scope="col" className={`${HEAD} text-right`}>
              STT
            </th>
            <th scope="col" className={HEAD}>
              Quyết định thi hành án
            </th>
            <th scope="col" className={HEAD}>
              Người phải thi hành
            </th>
            <th scope="col" className={HEAD}>
              Người được thi hành
            </th>
            {showsOffice ? (
              <th scope="col" className={HEAD}>
                Chi cục
              </th>
            ) : null}
            {showsOfficer ? (
              <th scope="col" className={HEAD}>
                Chấp hành viên
              </th>
            ) : null}
            <th scope="col" className={HEAD}>
              Trạng thái đến {formatDateVi(response.asOf)}
            </th>
            {money.map((column) => (
              <th key={column.key} scope="col" className={`${HEAD} text-right`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {response.items.map((item, index) => (
            <tr key={item.id} data-testid="result-case-row" className="border-t border-slate-200">
              <td className={NUM}>{first + index + 1}</td>
              <th scope="row" className={`${CELL} text-left font-normal`}>
                {canOpenCase ? (
                  <Link href={routes.caseLedger(item.id, listHref)} prefetch={false} className="font-medium text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">
                    {item.decisionNumber}
                  </Link>
                ) : (
                  <span className="font-medium">{item.decisionNumber}</span>
                )}
                <span className="block text-xs text-slate-700">
                  ngày {formatDateVi(item.decisionDate)} · {item.kind === "chu_dong" ? "chủ động" : "theo yêu cầu"}
                </span>
              </th>
              <td className={CELL}>{item.debtorName}</td>
              <td className={CELL}>{item.creditorName}</td>
              {showsOffice ? <td className={CELL}>{item.unit.name}</td> : null}
              {showsOfficer ? <td className={CELL}>{item.officer?.name ?? "Chưa phân công"}</td> : null}
              <td className={CELL} data-testid="result-case-status">
                {item.statusLabel}
              </td>
              {money.map((column) => (
                <td key={column.key} className={NUM}>
                  {formatVnd(item.money[column.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
