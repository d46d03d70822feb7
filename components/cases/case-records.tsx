"use client";

import Link from "next/link";
import type { LocalRecord } from "@/lib/client/db/field-database";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import { routes } from "@/lib/routes";
import { recordReviewLabel, REVIEW_TONE_CLASSES } from "../sync/record-review-label";
import { recordSyncLabel } from "../sync/record-sync-label";

/**
 * The biên bản this officer made on the case, newest first: drafts to continue, finalized ones to print, each
 * with the head's review (a returned one stands out: it waits for the officer).
 */
export function CaseRecords({ records }: { records: readonly LocalRecord[] }) {
  if (records.length === 0) return <p className="text-sm text-slate-700">Chưa có biên bản nào cho hồ sơ này trên máy.</p>;
  const sorted = [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="flex flex-col gap-2" aria-label="Biên bản của hồ sơ">
      {sorted.map((record) => (
        <li key={record.id}>
          <CaseRecordLink record={record} />
        </li>
      ))}
    </ul>
  );
}

function CaseRecordLink({ record }: { record: LocalRecord }) {
  const review = recordReviewLabel(record);
  const border = review?.state === "returned" ? "border-2 border-red-400" : "border border-slate-200";
  return (
    <Link href={routes.record(record.id)} data-testid="case-record" className={`block rounded-md ${border} bg-white p-3 hover:border-blue-700`}>
      <span className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">{RECORD_TYPE_LABELS_VI[record.type]}</span>
        {review ? (
          <span data-testid="case-record-review" className={`rounded px-2 text-sm ${REVIEW_TONE_CLASSES[review.state]}`}>
            {review.text}
          </span>
        ) : null}
      </span>
      <span className="block text-sm text-slate-700">
        {record.state === "final"
          ? `Đã hoàn tất ${record.capturedAt ? formatDateTimeVi(record.capturedAt) : ""} · ${recordSyncLabel(record, false)?.text ?? ""}`
          : `Bản nháp · sửa lần cuối ${formatDateTimeVi(record.updatedAt)}`}
        {record.revisionOf ? " · biên bản sửa đổi" : ""}
      </span>
    </Link>
  );
}
