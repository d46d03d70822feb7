"use client";

import { useState } from "react";
import { formatDateVi, reportYearBounds, type IsoDate } from "@/lib/domain/dates";
import { isInReportYear, reportYearOptions, type ResultsView, withYear } from "./results-query";

interface ResultsControlsProps {
  view: ResultsView;
  today: IsoDate;
  /** The offices a leader may pick from; null: no picker (a head or an officer sees only their own unit). */
  offices: readonly { id: string; name: string }[] | null;
  onChange(view: ResultsView): void;
}

const CONTROL = "min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700";
const LABEL = "flex flex-col gap-1 text-sm font-medium text-slate-800";

/** Report year, « as of » date and, for a leader, one office. Every change goes to the URL. */
export function ResultsControls({ view, today, offices, onChange }: ResultsControlsProps) {
  return (
    <section aria-label="Chọn số liệu" data-print-hide className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      <label className={LABEL}>
        Năm báo cáo
        <select value={view.year} data-testid="results-year" onChange={(event) => onChange(withYear(view, Number(event.target.value), today))} className={CONTROL}>
          {reportYearOptions(today, view.year).map((year) => (
            <option key={year} value={year}>
              {year} (01/10/{year - 1} – 30/09/{year})
            </option>
          ))}
        </select>
      </label>
      <AsOfField year={view.year} value={view.asOf} onCommit={(asOf) => onChange({ ...view, asOf })} />
      {offices ? (
        <label className={LABEL}>
          Đơn vị
          <select value={view.unitId ?? ""} data-testid="results-unit" onChange={(event) => onChange({ ...view, unitId: event.target.value || null })} className={CONTROL}>
            <option value="">Toàn tỉnh</option>
            {offices.map((office) => (
              <option key={office.id} value={office.id}>
                {office.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </section>
  );
}

/**
 * The date keeps what is being typed locally and sends it only when it is a date inside the report year: a
 * half-typed or out-of-year date is explained next to the field instead of being asked of the server.
 */
function AsOfField({ year, value, onCommit }: { year: number; value: IsoDate; onCommit(asOf: IsoDate): void }) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL moved (another year, back/forward): show its date. React's « adjust state on a prop change ».
    setShown(value);
    setDraft(value);
  }
  const { start, end } = reportYearBounds(year);
  const error = draft === value || isInReportYear(year, draft) ? null : `Chọn ngày trong năm báo cáo: ${formatDateVi(start)} – ${formatDateVi(end)}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="results-as-of" className="text-sm font-medium text-slate-800">
        Số liệu đến ngày
      </label>
      <input
        id="results-as-of"
        type="date"
        min={start}
        max={end}
        value={draft}
        data-testid="results-as-of"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "results-as-of-error" : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next !== value && isInReportYear(year, next)) onCommit(next);
        }}
        className={`${CONTROL} ${error ? "border-red-700" : ""}`}
      />
      {error ? (
        <p id="results-as-of-error" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
