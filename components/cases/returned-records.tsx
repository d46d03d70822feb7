"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { listReturnedRecords, type ReturnedRecord } from "@/lib/client/db/record-reviews";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import { routes } from "@/lib/routes";
import { recordReviewLabel, returnReasonText } from "../sync/record-review-label";

/**
 * « Biên bản bị trả lại (N) »: what the head sent back and the officer has not started correcting, first on the
 * home because it blocks the case file (issue #5). Nothing at all when there is none.
 */
export function ReturnedRecords({ userId }: { userId: string }) {
  const returned = useLiveQuery(() => listReturnedRecords(fieldDatabase(), userId), [userId]);
  if (!returned || returned.length === 0) return null;
  return (
    <section aria-labelledby="returned-title" data-testid="returned-records" className="rounded-md border-2 border-red-400 bg-amber-50 p-3 text-amber-950">
      <h2 id="returned-title" className="text-lg font-semibold text-red-900">
        Biên bản bị trả lại ({returned.length})
      </h2>
      <p className="mb-2 text-sm">Lãnh đạo Chi cục trả lại các biên bản này để sửa. Mở biên bản, chọn « Sửa và gửi lại ».</p>
      <ul className="flex flex-col gap-2">
        {returned.map((item) => (
          <ReturnedRecordItem key={item.record.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function ReturnedRecordItem({ item: { record, decisionNumber } }: { item: ReturnedRecord }) {
  const reason = record.review?.reason;
  return (
    <li data-testid="returned-record">
      <Link href={routes.record(record.id)} className="block rounded-md border border-red-300 bg-white p-3 hover:border-blue-700">
        <span className="block font-medium">
          {RECORD_TYPE_LABELS_VI[record.type]} · Hồ sơ {decisionNumber ?? "—"}
        </span>
        <span className="block text-sm text-red-900">{recordReviewLabel(record)?.text}</span>
        {reason ? (
          <span data-testid="return-reason" className="block text-sm">
            {returnReasonText(reason)}
          </span>
        ) : null}
      </Link>
    </li>
  );
}
