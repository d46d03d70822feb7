"use client";

import { useEffect, useState } from "react";
import { attachmentUrl, getCaseDetail } from "@/lib/client/review-api";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { validNotificationDate } from "@/lib/domain/deadlines/valid-notification-date";
import type { FieldRecord } from "@/lib/domain/records/field-record";
import { RecordPrintView } from "../capture/print/record-print-view";
import { serviceTimingOf } from "../capture/service-timing";
import { Alert } from "../ui/alert";

export const UNREADABLE_RECORD_TEXT = "Không đọc được nội dung biên bản (dữ liệu đã bị thay đổi?)";

/** The case for the document's heading; without it the print view leaves dotted blanks, which is fine. */
function useCaseDetail(caseId: string): CaseDetail | null {
  const [loaded, setLoaded] = useState<{ caseId: string; detail: CaseDetail } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getCaseDetail(caseId, controller.signal).then((result) => {
      if (!controller.signal.aborted && result.ok) setLoaded({ caseId, detail: result.data });
    });
    return () => controller.abort();
  }, [caseId]);
  return loaded?.caseId === caseId ? loaded.detail : null;
}

function Document({ record, caseId }: { record: FieldRecord; caseId: string }) {
  const caseDetail = useCaseDetail(caseId);
  const timing = record.type === "thong_bao" ? serviceTimingOf(record.payload) : null;
  return (
    <div className="overflow-x-auto" data-testid="record-document">
      {/* The officer's own A4 view, fed with images from the server instead of the phone's storage. */}
      <RecordPrintView record={record} caseDetail={caseDetail} imageUrl={attachmentUrl} validNotification={timing ? validNotificationDate(timing) : null} />
    </div>
  );
}

/** Every field of the record, in the official layout; or why it cannot be read, with the stored JSON. */
export function RecordDocument({ record, raw, caseId }: { record: FieldRecord | null; raw: Record<string, unknown>; caseId: string }) {
  return (
    <details open className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold text-slate-900">Toàn văn biên bản</summary>
      {record ? (
        <Document record={record} caseId={caseId} />
      ) : (
        <div className="flex flex-col gap-2">
          <div data-testid="record-unreadable">
            <Alert>{UNREADABLE_RECORD_TEXT}</Alert>
          </div>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-sm">Dữ liệu đã lưu (JSON)</summary>
            <pre className="max-h-96 overflow-auto rounded bg-slate-100 p-2 text-xs">{JSON.stringify(raw, null, 2)}</pre>
          </details>
        </div>
      )}
    </details>
  );
}
