"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { useEffect, useMemo } from "react";
import { asFieldRecord } from "@/lib/client/capture/finalize-record";
import { fieldDatabase, type LocalRecord } from "@/lib/client/db/field-database";
import { readAttachmentBlob } from "@/lib/client/db/local-attachments";
import { validNotificationDate } from "@/lib/domain/deadlines/valid-notification-date";
import { routes } from "@/lib/routes";
import { RecordPrintView } from "./print/record-print-view";
import { serviceTimingOf } from "./service-timing";
import type { OwnRecord } from "./use-own-record";

/** Object URLs for every image of the record, made from the bytes in Dexie and revoked on leave. */
function useImageUrls(record: LocalRecord | undefined): Map<string, string> {
  const blobs = useLiveQuery(
    async () => Promise.all((record?.attachments ?? []).map(async (a) => [a.sha256, await readAttachmentBlob(fieldDatabase(), a.sha256)] as const)),
    [record],
  );
  const urls = useMemo(() => {
    const made = new Map<string, string>();
    for (const [sha256, blob] of blobs ?? []) if (blob) made.set(sha256, URL.createObjectURL(blob));
    return made;
  }, [blobs]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

/** The printable biên bản of a record read from the phone: checked against the record's schema first. */
export function PrintBody({ own }: { own: OwnRecord | null }) {
  const urls = useImageUrls(own?.record);
  const fieldRecord = useMemo(() => (own ? asFieldRecord(own.record) : null), [own]);
  if (own === null || fieldRecord === null) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Không in được biên bản</h1>
        <p>Chỉ in được biên bản đã hoàn tất, do bạn lập, có trên máy này.</p>
        <Link href={own ? routes.record(own.record.id) : routes.home} className="text-blue-800 underline">Quay lại</Link>
      </div>
    );
  }
  const timing = fieldRecord.type === "thong_bao" ? serviceTimingOf(fieldRecord.payload) : null;
  return (
    <div className="flex flex-col gap-3">
      <div data-print-hide className="flex flex-wrap gap-2">
        <Link href={routes.record(fieldRecord.id)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">← Quay lại biên bản</Link>
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md bg-blue-800 px-4 text-white hover:bg-blue-900">
          In hoặc lưu PDF
        </button>
      </div>
      <RecordPrintView record={fieldRecord} caseDetail={own.held?.detail ?? null} imageUrl={(sha256) => urls.get(sha256)} validNotification={timing ? validNotificationDate(timing) : null} />
    </div>
  );
}
