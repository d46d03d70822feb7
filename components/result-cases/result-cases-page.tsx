"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { routes } from "@/lib/routes";
import type { SessionUser } from "@/lib/domain/users";
import { resultsErrorMessage } from "../results/results-problem";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { FIGURE_LABELS_VI } from "./figure-labels";
import { ResultCasesPager } from "./result-cases-pager";
import { apiSearchOf, figureOfSearch, pageHref, resultsHref } from "./result-cases-query";
import { ResultCasesTable } from "./result-cases-table";
import { listTitle, listTotal } from "./result-cases-title";
import { useResultCases } from "./use-result-cases";

/** /results/cases?…: the cases behind one number of the results page (issue #6). Online only. */
export function ResultCasesPage() {
  return <SessionGate isWide>{({ user }) => <ResultCasesScreen user={user} />}</SessionGate>;
}

function ResultCasesScreen({ user }: { user: SessionUser }) {
  const pageSearch = new URLSearchParams(useSearchParams().toString());
  const { data, error, isLoading, reload } = useResultCases(apiSearchOf(pageSearch).toString());
  const figure = figureOfSearch(pageSearch);
  const title = data ? listTitle(data) : figure ? FIGURE_LABELS_VI[figure] : "Danh sách việc";
  // Officers read their cases on the phone; the ledger page is the office's and the province's.
  const canOpenCase = user.role !== "officer";
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <section aria-labelledby="result-cases-title" aria-busy={isLoading} className="flex flex-col gap-4">
      <Link href={resultsHref(pageSearch)} className="inline-flex min-h-11 items-center self-start text-blue-800 underline" data-testid="result-cases-back">
        ← Kết quả thi hành án
      </Link>
      <h1 id="result-cases-title" className="text-2xl font-semibold text-slate-900">
        {title}
      </h1>
      {isLoading ? (
        <p role="status" className="text-slate-700">
          Đang tải danh sách việc…
        </p>
      ) : null}
      {error ? (
        <Alert>
          {resultsErrorMessage(error)}{" "}
          <button type="button" className="min-h-11 underline" onClick={reload}>
            Thử lại
          </button>
        </Alert>
      ) : null}
      {data ? (
        <div className={`flex flex-col gap-3 ${isLoading ? "opacity-60" : ""}`}>
          <p className="text-base text-slate-800">
            Tổng số: <span className="font-semibold" data-testid="result-cases-total">{listTotal(data)}</span>
            {data.total > 0 ? ` · trang ${data.page}/${pages}` : null}
          </p>
          {data.items.length > 0 ? (
            <>
              <ResultCasesTable response={data} canOpenCase={canOpenCase} listHref={`${routes.resultCases}?${pageSearch.toString()}`} />
              <ResultCasesPager page={data.page} pages={pages} hrefOf={(page) => pageHref(pageSearch, page)} />
            </>
          ) : (
            <p data-testid="result-cases-empty" className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-700">
              {data.total === 0 ? "Không có việc nào trong danh sách này." : `Trang ${data.page} không có việc nào: danh sách chỉ có ${pages} trang.`}{" "}
              {data.total > 0 ? (
                <Link href={pageHref(pageSearch, 1)} className="underline">
                  Về trang 1
                </Link>
              ) : null}
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
