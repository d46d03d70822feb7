"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { retryOutboxEntry } from "@/lib/client/db/outbox";
import { requestSync } from "@/lib/client/sync/sync-request";
import { readSyncStatus } from "@/lib/client/sync/sync-status";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/record-types";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { DeviceStatus } from "./device-status";
import { LockdownExport } from "./lockdown-export";
import { recordReviewLabel } from "./record-review-label";
import { recordSyncLabel, TONE_CLASSES } from "./record-sync-label";
import { SyncStatusBar } from "./sync-status-bar";

const RECENTLY_SENT = 20;

/** /outbox: what waits to be sent (oldest first), what the server refused and why, and what was sent lately. */
export function OutboxPage() {
  return <SessionGate>{({ user }) => <OutboxView user={user} />}</SessionGate>;
}

async function retry(seq: number | undefined) {
  if (seq !== undefined && (await retryOutboxEntry(fieldDatabase(), seq))) requestSync();
}

function OutboxView({ user }: { user: SessionUser }) {
  const db = fieldDatabase();
  const status = useLiveQuery(() => readSyncStatus(db, user.id), [user.id]);
  const waiting = useLiveQuery(async () => {
    const outbox = await db.outbox.where("authorId").equals(user.id).sortBy("seq");
    const records = await db.records.bulkGet(outbox.map((entry) => entry.recordId));
    const cases = await db.cases.bulkGet(records.map((record) => record?.caseId ?? ""));
    return outbox.map((entry, index) => ({ entry, record: records[index], held: cases[index] }));
  }, [user.id]);
  const sent = useLiveQuery(
    async () =>
      (await db.records.where("[authorId+state]").equals([user.id, "final"]).toArray())
        .filter((record) => record.sync?.state === "synced")
        .sort((a, b) => (b.capturedAt ?? "").localeCompare(a.capturedAt ?? ""))
        .slice(0, RECENTLY_SENT),
    [user.id],
  );

  return (
    <div className="flex flex-col gap-4">
      <Link href={routes.home} className="text-sm text-blue-800 underline">← Danh sách hồ sơ</Link>
      <h1 className="text-2xl font-semibold">Hộp thư đi</h1>
      <SyncStatusBar user={user} />
      <DeviceStatus userId={user.id} />
      <p className="text-sm text-slate-700">
        Biên bản đã hoàn tất nằm ở đây cho đến khi máy chủ xác nhận đã nhận. Biên bản bị từ chối vẫn giữ nguyên trên máy, kèm lý do, để bạn sửa và gửi lại.
      </p>
      {waiting === undefined ? (
        <p role="status">Đang đọc…</p>
      ) : waiting.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4">Không có biên bản nào chờ gửi.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Biên bản chờ gửi">
          {waiting.map(({ entry, record, held }) => {
            const label = record ? recordSyncLabel(record, Boolean(status?.isRunning) && entry.state === "pending") : null;
            // A revision of a record already approved or replaced is refused for good: resending cannot help.
            const canRetry = entry.state !== "pending" && entry.seq !== undefined && !(record?.sync?.state === "rejected" && record.sync.reason === "review_state");
            return (
              <li key={entry.mutationId} data-testid="outbox-entry" className="rounded-md border border-slate-200 bg-white p-3">
                <p className="flex flex-wrap justify-between gap-2">
                  <span className="font-medium">{record ? RECORD_TYPE_LABELS_VI[record.type] : "Biên bản"}</span>
                  {label ? <span data-testid="outbox-state" className={`rounded px-2 text-sm ${TONE_CLASSES[label.tone]}`}>{label.text}</span> : null}
                </p>
                <p className="text-sm text-slate-700">
                  Hồ sơ {held?.detail.case.decisionNumber ?? "—"} · hoàn tất {record?.capturedAt ? formatDateTimeVi(record.capturedAt) : "—"}
                  {entry.attempts > 0 ? ` · đã thử ${entry.attempts} lần` : ""}
                </p>
                <p className="break-all text-xs text-slate-600">
                  SHA-256: <code data-testid="outbox-hash">{record?.contentHash}</code>
                </p>
                <div className="flex flex-wrap gap-3">
                  {record ? (
                    <Link href={routes.record(record.id)} className="text-sm text-blue-800 underline">
                      {entry.state === "pending" ? "Xem biên bản" : canRetry ? "Xem lý do, sửa và gửi lại" : "Xem lý do"}
                    </Link>
                  ) : null}
                  {canRetry ? (
                    <button type="button" onClick={() => void retry(entry.seq)} className="text-sm text-blue-800 underline">
                      Thử gửi lại
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <LockdownExport user={user} />
      {sent && sent.length > 0 ? (
        <section aria-labelledby="sent-title">
          <h2 id="sent-title" className="mb-2 font-semibold">Đã gửi gần đây</h2>
          <ul className="flex flex-col gap-1 text-sm" data-testid="sent-list">
            {sent.map((record) => (
              <li key={record.id}>
                <Link href={routes.record(record.id)} className="text-blue-800 underline">{RECORD_TYPE_LABELS_VI[record.type]}</Link> · {recordSyncLabel(record, false)?.text}
                {record.review ? ` · ${recordReviewLabel(record)?.text ?? ""}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
