"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useMemo, useState } from "react";
import type { LocalRecord } from "@/lib/client/db/field-database";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { captureContextOf } from "./capture-context";
import type { CaptureContext } from "./record-form-contract";
import { RecordEditor } from "./record-editor";
import { RecordFinalView } from "./record-final-view";
import { RevisionOfNote } from "./revision-of-note";
import { useOwnRecord } from "./use-own-record";

/** /record?id=…: a draft to continue or a finalized record to read, print or revise — all offline. */
export function RecordPage() {
  const recordId = useSearchParams().get("id") ?? "";
  return <SessionGate>{({ user }) => <RecordView user={user} recordId={recordId} />}</SessionGate>;
}

function RecordView({ user, recordId }: { user: SessionUser; recordId: string }) {
  // Deferred: the form is hundreds of fields, and React renders a deferred value in slices that leave the
  // phone's main thread free between them, instead of one long task when the record is read (issue #7).
  const own = useDeferredValue(useOwnRecord(recordId, user.id));
  // Shown at once when *Hoàn tất* commits, instead of a moment later when the live query re-reads Dexie.
  const [justFinalized, setJustFinalized] = useState<LocalRecord | null>(null);
  const held = own?.held ?? null;
  // Keyed by content: every pull rewrites the held case with the same facts, and a new context object would
  // re-render the whole form for nothing (issue #7: main-thread time when the app opens on this page).
  const contextJson = JSON.stringify(
    held
      ? captureContextOf(held.detail, user.name)
      : { officerName: user.name, debtor: { name: "", address: "" }, creditor: { name: "", address: "" }, decisionNumber: "", decisionDate: "" },
  );
  const context = useMemo(() => JSON.parse(contextJson) as CaptureContext, [contextJson]);
  if (own === undefined) return <p role="status">Đang đọc biên bản trên máy…</p>;
  if (own === null) {
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Không tìm thấy biên bản</h1>
        <p>Biên bản này không có trên máy hoặc không phải do bạn lập.</p>
        <Link href={routes.home} className="text-blue-800 underline">Về danh sách hồ sơ</Link>
      </div>
    );
  }
  const record = justFinalized?.id === own.record.id && own.record.state === "draft" ? justFinalized : own.record;
  return (
    <div className="flex flex-col gap-3">
      <Link href={routes.case(record.caseId)} className="text-sm text-blue-800 underline">
        ← Hồ sơ {held?.detail.case.decisionNumber ?? ""}
      </Link>
      <h1 className="text-xl font-semibold">{RECORD_TYPE_LABELS_VI[record.type]}</h1>
      <RevisionOfNote record={record} />
      {record.state === "draft" ? <RecordEditor key={record.id} record={record} context={context} onFinalized={setJustFinalized} /> : <RecordFinalView record={record} context={context} />}
    </div>
  );
}
