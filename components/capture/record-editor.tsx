"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Issue } from "@/lib/client/capture/finalize-record";
import { fieldDatabase, type LocalRecord } from "@/lib/client/db/field-database";
import { discardDraft } from "@/lib/client/db/local-records";
import { requestSync } from "@/lib/client/sync/sync-request";
import type { GeoFix } from "@/lib/domain/records/envelope";
import type { payloadSchemaFor } from "@/lib/domain/records/field-record";
import { locationNoteProblem } from "@/lib/domain/records/location-rule";
import { routes } from "@/lib/routes";
import { useOpenForm } from "../pwa/use-open-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { GpsPanel } from "./gps-panel";
import type { CaptureContext, FieldErrors } from "./record-form-contract";
import { RecordFormFor } from "./record-form-for";
import { SaveStatus } from "./save-status";
import { useDraftWriter } from "./use-draft-writer";
import { useMediaPort } from "./use-media-port";

function payloadErrors(issues: readonly Issue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith("payload")) continue;
    const path = issue.path.replace(/^payload\.?/, "");
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Editing a draft: every change is saved at once; *Hoàn tất* validates, freezes, hashes and queues it. */
interface RecordEditorProps {
  record: LocalRecord;
  context: CaptureContext;
  /** The frozen record, the moment its transaction commits (before the live query catches up). */
  onFinalized(stored: LocalRecord): void;
}

/** What « Hoàn tất » needs: the finalize step and the record's schemas (with zod), loaded on the first use. */
function loadFinalizer() {
  return Promise.all([import("@/lib/client/capture/finalize-record"), import("@/lib/domain/records/field-record")]);
}

export function RecordEditor({ record, context, onFinalized }: RecordEditorProps) {
  const router = useRouter();
  const media = useMediaPort(record.authorId);
  const writer = useDraftWriter(record.id);
  // An open editor holds a new app version back; « Cập nhật ngay » saves the last keystrokes first.
  useOpenForm(writer.flush);
  const [payload, setPayload] = useState(record.payload);
  const [location, setLocation] = useState<GeoFix | null>(record.location);
  const [locationNote, setLocationNote] = useState<string | null>(record.locationNote);
  const [submitIssues, setSubmitIssues] = useState<Issue[] | null>(null);
  // The record's schemas (and zod) load on the first « Hoàn tất », not with the form (issue #7: first-load JS);
  // the messages only show from then on.
  const [schemaFor, setSchemaFor] = useState<{ of: typeof payloadSchemaFor } | null>(null);
  const [cannotLoad, setCannotLoad] = useState(false);
  // Each refused « Hoàn tất » moves the focus to the list of what to fix, once it is on the screen (an effect runs
  // after the commit; a requestAnimationFrame could run before React had drawn the list).
  const [failedAttempts, setFailedAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);
  const [dialog, setDialog] = useState<"finalize" | "discard" | null>(null);
  const [isFinalizing, setIsFinalizing] = useState(false);

  // After a first attempt, messages follow the draft as it is corrected.
  const errors = useMemo<FieldErrors>(() => {
    if (submitIssues === null || schemaFor === null) return {};
    const parsed = schemaFor.of(record.type).safeParse(payload);
    const live = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: ["payload", ...i.path.map(String)].join("."), message: i.message }));
    return payloadErrors([...live, ...submitIssues.filter((issue) => !issue.path.startsWith("payload"))]);
  }, [submitIssues, schemaFor, payload, record.type]);
  const locationError = submitIssues === null ? undefined : (locationNoteProblem(location, locationNote) ?? undefined);
  const errorCount = Object.keys(errors).length + (locationError ? 1 : 0);

  const { write } = writer;
  const changePayload = useCallback(
    (next: Record<string, unknown>) => {
      setPayload(next);
      write({ payload: next });
    },
    [write],
  );

  async function finalize() {
    setDialog(null);
    setIsFinalizing(true);
    try {
      await writer.flush();
    } catch {
      return setIsFinalizing(false); // the save status already says the draft could not be saved
    }
    const loaded = await loadFinalizer().catch(() => null);
    setCannotLoad(loaded === null);
    if (loaded === null) return setIsFinalizing(false); // the draft is saved; the officer can try again
    const [{ finalizeRecord }, { payloadSchemaFor }] = loaded;
    const outcome = await finalizeRecord(fieldDatabase(), { ...record, payload, location, locationNote });
    setIsFinalizing(false);
    if (outcome.ok) {
      onFinalized(outcome.stored);
      requestSync(); // sent at once when there is a network
      return;
    }
    if (outcome.reason === "frozen") return; // finalized elsewhere (another tab): the page switches to it
    setSchemaFor({ of: payloadSchemaFor });
    setSubmitIssues(outcome.issues);
    setFailedAttempts((count) => count + 1);
  }

  async function discard() {
    setDialog(null);
    if (await discardDraft(fieldDatabase(), record.id)) router.replace(routes.case(record.caseId));
  }

  return (
    <div className="flex flex-col gap-4 pb-28">
      {cannotLoad ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          Chưa tải được phần kiểm tra để hoàn tất biên bản. Bản nháp đã được lưu trên máy; hãy thử lại khi có mạng.
        </p>
      ) : null}
      {submitIssues !== null && errorCount > 0 ? (
        <div ref={summaryRef} id="finalize-errors" tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">Biên bản chưa hoàn tất được: còn {errorCount} chỗ cần sửa.</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {[...(locationError ? [locationError] : []), ...Object.values(errors)].slice(0, 8).map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <GpsPanel
        location={location}
        locationNote={locationNote}
        error={locationError}
        onLocation={(fix) => {
          setLocation(fix);
          writer.write({ location: fix });
        }}
        onNote={(note) => {
          setLocationNote(note);
          writer.write({ locationNote: note });
        }}
      />
      <RecordFormFor type={record.type} draft={payload} onChange={changePayload} errors={errors} media={media} context={context} />
      <div className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white/95 px-4 py-2 shadow-lg" data-print-hide>
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2">
          <SaveStatus state={writer.state} onRetry={writer.retry} />
          <div className="flex gap-2">
            <button type="button" onClick={() => setDialog("discard")} className="min-h-11 rounded-md border border-slate-300 px-3 text-red-800 hover:bg-red-50">
              Xóa bản nháp
            </button>
            <button type="button" disabled={isFinalizing} onClick={() => setDialog("finalize")} className="min-h-11 rounded-md bg-blue-800 px-4 font-medium text-white hover:bg-blue-900 disabled:bg-slate-400">
              {isFinalizing ? "Đang hoàn tất…" : "Hoàn tất"}
            </button>
          </div>
        </div>
      </div>
      <ConfirmDialog isOpen={dialog === "finalize"} title="Hoàn tất biên bản?" confirmLabel="Xác nhận hoàn tất" cancelLabel="Quay lại sửa" onConfirm={() => void finalize()} onCancel={() => setDialog(null)}>
        Sau khi hoàn tất, biên bản được khóa và chờ gửi về Chi cục; muốn sửa phải lập biên bản sửa đổi.
      </ConfirmDialog>
      <ConfirmDialog isOpen={dialog === "discard"} title="Xóa bản nháp này?" tone="danger" confirmLabel="Xóa bản nháp" cancelLabel="Giữ lại" onConfirm={() => void discard()} onCancel={() => setDialog(null)}>
        Nội dung đã nhập, ảnh và chữ ký của bản nháp sẽ bị xóa khỏi máy và không khôi phục được.
      </ConfirmDialog>
    </div>
  );
}
