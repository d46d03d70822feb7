"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { localDateOf } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { ResultsControls } from "./results-controls";
import { ResultsPrintStyles } from "./results-print-styles";
import { resultsErrorMessage } from "./results-problem";
import { viewFromSearch, viewToSearch, type ResultsView } from "./results-query";
import { ResultsReport } from "./results-report";
import { nextSortOrder } from "./results-sort";
import { isEmptyNode, selectNode } from "./results-tree";
import { useMonthlyResults } from "./use-monthly-results";
import { useResults } from "./use-results";

/** /results: the annual results of the caller's province, office or own cases (issue #6). Online only. */
export function ResultsPage() {
  return <SessionGate isWide>{({ user }) => <ResultsScreen user={user} />}</SessionGate>;
}

function todayInVietnam(): string {
  return localDateOf(new Date().toISOString());
}

function ResultsScreen({ user }: { user: SessionUser }) {
  const router = useRouter();
  const searchText = useSearchParams().toString();
  const [today] = useState(todayInVietnam);
  const view = useMemo(() => viewFromSearch(new URLSearchParams(searchText), today), [searchText, today]);
  const results = useResults(view.year, view.asOf);
  const { data } = results;
  const node = data ? selectNode(data.root, view.unitId) : null;
  const monthly = useMonthlyResults(view.year, view.asOf, data !== null && !results.isLoading);
  const isProvinceWide = user.role === "leader" || user.role === "admin";
  const offices = isProvinceWide && data?.root.kind === "province" ? data.root.children : null;

  function show(next: ResultsView) {
    router.replace(`${routes.results}?${viewToSearch(next).toString()}`, { scroll: false });
  }

  return (
    <section aria-labelledby="results-title" aria-busy={results.isLoading} className="results-report flex flex-col gap-4">
      <ResultsPrintStyles />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="results-title" className="text-2xl font-semibold text-slate-900">
          Kết quả thi hành án dân sự
        </h1>
        <Link href={routes.home} data-print-hide className="inline-flex min-h-11 items-center text-blue-800 underline">
          Về trang chính
        </Link>
      </div>
      <ResultsControls view={view} today={today} offices={offices} onChange={show} />
      {results.isLoading ? (
        <p role="status" className="text-slate-700" data-print-hide>
          Đang tải kết quả…
        </p>
      ) : null}
      {results.error ? (
        <Alert>
          {resultsErrorMessage(results.error)}{" "}
          <button type="button" className="min-h-11 underline" onClick={results.reload}>
            Thử lại
          </button>
        </Alert>
      ) : null}
      {data && node === null ? (
        <Alert tone="info">
          Không có đơn vị này trong số liệu bạn được xem.{" "}
          <button type="button" className="min-h-11 underline" onClick={() => show({ ...view, unitId: null })}>
            Xem toàn tỉnh
          </button>
        </Alert>
      ) : null}
      {data && node && isEmptyNode(node) && !results.isLoading ? (
        <p data-testid="results-empty" className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-700">
          Chưa có việc thi hành án nào trong năm báo cáo {data.reportYear} tính đến ngày số liệu. Chọn năm báo cáo khác ở trên.
        </p>
      ) : null}
      {data && node && !isEmptyNode(node) ? (
        <div className={results.isLoading ? "opacity-60" : undefined}>
          <ResultsReport
            key={node.id}
            response={data}
            node={node}
            unitId={view.unitId}
            order={view.sort}
            onSort={(key) => show({ ...view, sort: nextSortOrder(view.sort, key) })}
            monthly={monthly}
          />
        </div>
      ) : null}
    </section>
  );
}
