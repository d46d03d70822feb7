"use client";

import Link from "next/link";
import { useLiveQuery } from "dexie-react-hooks";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { ensureDeviceId } from "@/lib/client/db/device-id";
import { fieldDatabase, type LocalRecord } from "@/lib/client/db/field-database";
import { createRevision } from "@/lib/client/db/local-records";
import { findNewerVersion } from "@/lib/client/db/record-reviews";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { routes } from "@/lib/routes";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { GpsPanel } from "./gps-panel";
import type { CaptureContext } from "./record-form-contract";
import { RecordFormFor } from "./record-form-for";
import { useMediaPort } from "./use-media-port";
import { finalBannerClasses, RecordReviewNote } from "./record-review-note";
import { reviseActionFor } from "./revise-action";
import { recordReviewLabel } from "../sync/record-review-label";
import { recordSyncLabel } from "../sync/record-sync-label";

/**
 * A finalized biên bản: frozen, with its content hash and the head's review; it can be printed or corrected by
 * a new revision (unless approved, or already replaced).
 */
export function RecordFinalView({ record, context }: { record: LocalRecord; context: CaptureContext }) {
  const router = useRouter();
  const media = useMediaPort(record.authorId);
  const [isAsking, setIsAsking] = useState(false);
  // The confirmation shows first; the long read-only form follows in a transition, so on a slow phone
  // "Đã hoàn tất" appears at once after the tap instead of after rendering every field.
  const [isFormShown, setIsFormShown] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setIsFormShown(true)));
    return () => cancelAnimationFrame(frame);
  }, []);

  // undefined while reading: the revise button waits, so it never offers a duplicate revision for a moment.
  const newer = useLiveQuery(async () => findNewerVersion(fieldDatabase(), record), [record]);
  const action = newer === undefined ? null : reviseActionFor(record, newer);
  const review = recordReviewLabel(record);

  async function revise() {
    setIsAsking(false);
    const revision = await createRevision(fieldDatabase(), record, await ensureDeviceId(fieldDatabase()));
    router.push(routes.record(revision.id));
  }

  return (
    <div className="flex flex-col gap-4">
      <section role="status" className={`rounded-md p-3 ${finalBannerClasses(review)}`} data-testid="final-banner">
        <p className="font-semibold">
          Đã hoàn tất{record.capturedAt ? ` lúc ${formatDateTimeVi(record.capturedAt)}` : ""} ·{" "}
          <span data-testid="record-sync-state">{recordSyncLabel(record, false)?.text}</span>
          {review && review.state !== "returned" ? (
            <>
              {" · "}
              <RecordReviewNote record={record} label={review} />
            </>
          ) : null}
        </p>
        {review?.state === "returned" ? <RecordReviewNote record={record} label={review} /> : null}
        {record.sync?.state === "rejected" && record.sync.errors.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-sm text-red-900">
            {record.sync.errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        ) : null}
        <p className="break-all text-sm">
          Mã băm nội dung (SHA-256): <code data-testid="content-hash">{record.contentHash}</code>
        </p>
      </section>
      <div className="flex flex-wrap gap-2">
        <Link href={routes.print(record.id)} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 text-white hover:bg-blue-900">
          In biên bản
        </Link>
        {action?.kind === "revise" ? (
          <button type="button" onClick={() => setIsAsking(true)} className="min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100">
            {action.buttonLabel}
          </button>
        ) : null}
        {action?.kind === "open_newer" ? (
          <Link href={routes.record(action.newerId)} data-testid="newer-version" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 hover:bg-slate-100">
            {action.label}
          </Link>
        ) : null}
      </div>
      {action?.kind === "none" ? <p className="text-sm text-slate-700" data-testid="revise-unavailable">{action.explanation}</p> : null}
      <GpsPanel location={record.location} locationNote={record.locationNote} readOnly onLocation={() => undefined} onNote={() => undefined} />
      {isFormShown ? (
        <RecordFormFor type={record.type} draft={record.payload} onChange={() => undefined} errors={{}} media={media} context={context} readOnly />
      ) : (
        <p role="status">Đang hiển thị nội dung biên bản…</p>
      )}
      {action?.kind === "revise" ? (
        <ConfirmDialog isOpen={isAsking} title={action.confirmTitle} confirmLabel={action.confirmLabel} cancelLabel="Hủy" onConfirm={() => void revise()} onCancel={() => setIsAsking(false)}>
          {action.confirmText}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
