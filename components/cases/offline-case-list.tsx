"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { useDeferredValue, useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { caseMatches } from "@/lib/client/db/local-cases";
import { calendarOf, readReferenceData } from "@/lib/client/db/reference-data";
import { type CaseStatus, STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { nearestDeadline } from "@/lib/domain/deadlines/case-deadlines";
import { useI18n } from "../i18n/i18n-provider";
import { dueActionsFor, todayInVietnam } from "./case-deadlines";
import { compareByDeadline, OfflineCaseCard, type CaseRow } from "./offline-case-card";

// Cards shown before « Hiện thêm »: a phone shows two or three at a time, and each card costs rendering time
// when the app opens (issue #7); the search box finds any case at once.
const PAGE = 20;

/** The officer's cases held on the phone: searchable, filterable, nearest legal deadline first. */
export function OfflineCaseList({ userId }: { userId: string }) {
  const { t } = useI18n();
  const db = fieldDatabase();
  // Deferred: a pull rewrites every case, and the list (deadlines of each, 50 cards) is then rendered in slices
  // that leave the phone's main thread free between them, not in one long task (issue #7).
  const cases = useDeferredValue(useLiveQuery(() => db.cases.where("heldBy").equals(userId).toArray(), [userId]));
  const records = useDeferredValue(useLiveQuery(() => db.records.where("[authorId+state]").equals([userId, "final"]).toArray(), [userId]));
  const reference = useLiveQuery(() => readReferenceData(db, userId), [userId]);
  const calendar = useMemo(() => calendarOf(reference), [reference]);
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState<CaseStatus | "">("");
  const [isOverdueOnly, setIsOverdueOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => {
    if (!cases || !records) return null;
    const today = todayInVietnam();
    return cases
      .map((item): CaseRow => {
        const next = nearestDeadline(dueActionsFor(item.detail, records, today, calendar));
        return { item, next, isOverdue: next?.isOverdue ?? false };
      })
      .sort(compareByDeadline);
  }, [cases, records, calendar]);

  const visible = useMemo(
    () =>
      (rows ?? []).filter(
        (row) => caseMatches(row.item, deferredQuery) && (status === "" || row.item.detail.case.status === status) && (!isOverdueOnly || row.isOverdue),
      ),
    [rows, deferredQuery, status, isOverdueOnly],
  );

  if (rows === null) return <p role="status">{t("cases.reading")}</p>;
  const overdueCount = rows.filter((row) => row.isOverdue).length;
  const isFiltered = query.trim() !== "" || status !== "" || isOverdueOnly;

  return (
    <section aria-labelledby="cases-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="cases-title" className="text-2xl font-semibold">
          {t("home.officer.title")}
        </h1>
        <p className="text-sm text-slate-700" data-testid="case-total">
          {t("cases.total", { count: rows.length.toLocaleString("vi-VN") })} ·{" "}
          <span className={overdueCount > 0 ? "font-semibold text-red-800" : ""}>{t("cases.overdue", { count: overdueCount })}</span>
        </p>
      </div>
      <form role="search" onSubmit={(event: FormEvent) => event.preventDefault()} className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <div className="flex flex-1 gap-2">
          <label htmlFor="case-search" className="sr-only">
            {t("cases.search")}
          </label>
          <input
            id="case-search"
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setShown(PAGE);
            }}
            placeholder={t("cases.search")}
            className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-400 px-3 text-base"
          />
          {/* Filtering is instant; the button closes the phone's keyboard. */}
          <Button type="submit" onClick={(event) => event.currentTarget.form?.querySelector("input")?.blur()}>
            {t("cases.searchButton")}
          </Button>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <span>{t("cases.status")}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as CaseStatus | "")} className="min-h-11 rounded-md border border-slate-400 px-2">
            <option value="">{t("cases.allStatuses")}</option>
            {[...new Set(rows.map((row) => row.item.detail.case.status))].map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS_VI[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={isOverdueOnly} onChange={(event) => setIsOverdueOnly(event.target.checked)} className="size-5" />
          {t("cases.onlyOverdue")}
        </label>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">{t("cases.emptyDevice")}</p>
      ) : visible.length === 0 ? (
        <p className="text-slate-700">{isFiltered ? t("cases.emptySearch") : t("cases.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="case-list">
          {visible.slice(0, shown).map((row) => (
            <OfflineCaseCard key={row.item.id} row={row} />
          ))}
        </ul>
      )}
      {visible.length > shown ? (
        <Button variant="secondary" onClick={() => setShown((count) => count + PAGE)}>
          {t("cases.showMore", { count: visible.length - shown })}
        </Button>
      ) : null}
    </section>
  );
}
