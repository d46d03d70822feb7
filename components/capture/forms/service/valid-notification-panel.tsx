"use client";

import { memo, useId } from "react";
import { formatDateVi } from "@/lib/domain/dates";
import { SERVICE_TEXT } from "./service-text";

const TEXT = SERVICE_TEXT.validDate;

export interface ValidNotification {
  date: string | null;
  basis: string;
  postingEndsOn?: string;
}

/** The date every later deadline counts from (domain §9), computed by the page and shown on top. */
export const ValidNotificationPanel = memo(function ValidNotificationPanel({ value }: { value: ValidNotification | null }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="valid-notification" className="rounded-md border-2 border-blue-800 bg-blue-50 p-3 text-blue-950">
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide">
        {TEXT.heading}
      </h2>
      <p aria-live="polite" className="text-2xl font-bold tabular-nums">
        {value?.date ? formatDateVi(value.date) : TEXT.unknown}
      </p>
      {value?.basis ? <p className="text-sm">{value.basis}</p> : null}
      {value?.postingEndsOn ? <p className="text-sm">{TEXT.postingEndsOn(formatDateVi(value.postingEndsOn))}</p> : null}
    </section>
  );
});
