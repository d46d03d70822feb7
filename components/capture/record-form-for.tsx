"use client";

import { lazy, memo, Suspense } from "react";
import type { RecordType } from "@/lib/domain/records/record-types";
import type { RecordFormProps } from "./record-form-contract";

// Each form is its own chunk: a record page downloads only the form it shows (the phone's first load is
// budgeted at 250 KB gzip). The service worker precaches all chunks, so offline they open just the same.
const FORMS = {
  xac_minh: lazy(() => import("./forms/verification-form").then((m) => ({ default: m.VerificationForm }))),
  thong_bao: lazy(() => import("./service-form-with-timing")),
  dinh_gia: lazy(() => import("./forms/valuation-form").then((m) => ({ default: m.ValuationForm }))),
} satisfies Record<RecordType, unknown>;

/** The form of a record type. Memoized: the page's own state (saving, dialogs) does not re-render the form. */
export const RecordFormFor = memo(function RecordFormFor({ type, ...props }: RecordFormProps & { type: RecordType }) {
  const Form = FORMS[type];
  return (
    <Suspense fallback={<p role="status">Đang mở biểu mẫu…</p>}>
      <Form {...props} />
    </Suspense>
  );
});
