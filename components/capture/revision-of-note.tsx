"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { fieldDatabase, type LocalRecord } from "@/lib/client/db/field-database";
import { findRevisedRecord } from "@/lib/client/db/record-reviews";
import { routes } from "@/lib/routes";
import { recordReviewLabel, returnReasonText } from "../sync/record-review-label";

/**
 * On a revision: which record it replaces and, when the head returned that one, why — the officer corrects
 * the draft with the reason in sight instead of going back and forth between the two pages.
 */
export function RevisionOfNote({ record }: { record: LocalRecord }) {
  const original = useLiveQuery(async () => findRevisedRecord(fieldDatabase(), record), [record.id, record.revisionOf, record.authorId]);
  if (!record.revisionOf) return null;
  const reason = original?.review?.state === "returned" ? original.review.reason : null;
  return (
    <div className="text-sm text-slate-700">
      <p>
        Biên bản sửa đổi, thay thế biên bản{" "}
        {original ? (
          <Link href={routes.record(original.id)} className="text-blue-800 underline">
            {record.revisionOf}
          </Link>
        ) : (
          record.revisionOf
        )}
      </p>
      {original && reason ? (
        <p className="mt-1 rounded-md border border-red-300 bg-amber-50 p-2 text-amber-950">
          {recordReviewLabel(original)?.text}: {returnReasonText(reason)}
        </p>
      ) : null}
    </div>
  );
}
