"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getJson, type ApiError } from "@/lib/client/api-client";
import { CaseListResponseSchema, type CaseListResponse } from "@/lib/domain/api/cases";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { formatDateVi } from "@/lib/domain/dates";
import { formatVnd } from "@/lib/domain/money";
import { useI18n } from "../i18n/i18n-provider";

const PAGE_SIZE = 25;

type LoadState = { kind: "loading" } | { kind: "loaded"; data: CaseListResponse } | { kind: "failed"; error: ApiError };
type Fetched = { key: string; state: LoadState };

/** The cases in the signed-in user's scope, searchable and paged. Data arrives from the API for now. */
export function CaseList({ title, onUnauthenticated }: { title: string; onUnauthenticated(): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const [appliedQuery, setAppliedQuery] = useState("");
  const [page, setPage] = useState(1);
  const [reloadToken, setReloadToken] = useState(0);
  const [fetched, setFetched] = useState<Fetched | null>(null);

  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (appliedQuery) params.set("q", appliedQuery);
  const requestKey = `${params.toString()}#${reloadToken}`;
  // Until the answer for the current request arrives, the list shows the loading state.
  const state: LoadState = fetched?.key === requestKey ? fetched.state : { kind: "loading" };

  useEffect(() => {
    const controller = new AbortController();
    const url = `/api/cases?${requestKey.split("#")[0]}`;
    void getJson(url, CaseListResponseSchema, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") onUnauthenticated();
      setFetched({ key: requestKey, state: result.ok ? { kind: "loaded", data: result.data } : { kind: "failed", error: result.error } });
    });
    return () => controller.abort();
  }, [requestKey, onUnauthenticated]);

  const submitSearch = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setPage(1);
      setAppliedQuery(query.trim());
    },
    [query],
  );

  const pages = state.kind === "loaded" ? Math.max(1, Math.ceil(state.data.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="cases-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="cases-title" className="text-2xl font-semibold text-slate-900">
          {title}
        </h1>
        {state.kind === "loaded" ? (
          <p className="text-sm text-slate-700" data-testid="case-total">
            {t("cases.total", { count: state.data.total.toLocaleString("vi-VN") })}
          </p>
        ) : null}
      </div>

      <form role="search" onSubmit={submitSearch} className="flex gap-2">
        <label htmlFor="case-search" className="sr-only">
          {t("cases.search")}
        </label>
        <input
          id="case-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t("cases.search")}
          className="min-h-11 flex-1 rounded-md border border-slate-400 px-3 text-base focus-visible:outline-2 focus-visible:outline-blue-700"
        />
        <Button type="submit">{t("cases.searchButton")}</Button>
      </form>

      {state.kind === "loading" ? (
        <p role="status" className="text-slate-700">
          {t("home.loading")}
        </p>
      ) : null}

      {state.kind === "failed" ? (
        <Alert>
          {t("cases.error")}{" "}
          <button type="button" className="underline" onClick={() => setReloadToken((n) => n + 1)}>
            {t("cases.retry")}
          </button>
        </Alert>
      ) : null}

      {state.kind === "loaded" && state.data.items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-6 text-center text-slate-700">
          {appliedQuery ? t("cases.emptySearch") : t("cases.empty")}
        </p>
      ) : null}

      {state.kind === "loaded" && state.data.items.length > 0 ? (
        <ul className="flex flex-col gap-3" data-testid="case-list">
          {state.data.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold text-slate-900">
                  {item.decisionNumber} <span className="font-normal text-slate-600">· {formatDateVi(item.decisionDate)}</span>
                </p>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">{STATUS_LABELS_VI[item.status]}</span>
              </div>
              <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
                <div>
                  <dt className="inline text-slate-600">{t("cases.debtor")}: </dt>
                  <dd className="inline text-slate-900">{item.debtorName}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t("cases.creditor")}: </dt>
                  <dd className="inline text-slate-900">{item.creditorName}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t("cases.money")}: </dt>
                  <dd className="inline text-slate-900">{formatVnd(item.moneyTotal)}</dd>
                </div>
                <div>
                  <dt className="inline text-slate-600">{t("cases.officer")}: </dt>
                  <dd className="inline text-slate-900">
                    {item.assignedOfficer?.name ?? "—"} · {t(`kind.${item.kind}`)}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : null}

      {state.kind === "loaded" && pages > 1 ? (
        <nav aria-label={t("cases.page", { page, pages })} className="flex items-center justify-between gap-2">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
            {t("cases.previous")}
          </Button>
          <span className="text-sm text-slate-700">{t("cases.page", { page, pages })}</span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
            {t("cases.next")}
          </Button>
        </nav>
      ) : null}
    </section>
  );
}
