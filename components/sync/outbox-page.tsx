"use client";

import { useLiveQuery } from "dexie-react-hooks";
import Link from "next/link";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { RECORD_TYPE_LABELS_VI } from "@/lib/domain/records/envelope";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { DeviceStatus } from "./device-status";

/** /outbox: the finalized records waiting to be sent, oldest first, each with its content hash. */
export function OutboxPage() {
  return <SessionGate>{({ user }) => <OutboxView user={user} />}</SessionGate>;
}

function OutboxView({ user }: { user: SessionUser }) {
  const entries = useLiveQuery(async () => {
    const db = fieldDatabase();
    const outbox = await db.outbox.where("authorId").equals(user.id).sortBy("seq");
    const records = await db.records.bulkGet(outbox.map((entry) => entry.recordId));
    const cases = await db.cases.bulkGet(records.map((record) => record?.caseId ?? ""));
    return outbox.map((entry, index) => ({ entry, record: records[index], held: cases[index] }));
  }, [user.id]);

  return (
    <div className="flex flex-col gap-4">
      <Link href={routes.home} className="text-sm text-blue-800 underline">← Danh sách hồ sơ</Link>
      <h1 className="text-2xl font-semibold">Hộp thư đi</h1>
      <DeviceStatus userId={user.id} />
      <p className="text-sm text-slate-700">
        Biên bản đã hoàn tất nằm ở đây cho đến khi máy chủ xác nhận đã nhận. Không có biên bản nào bị xóa khỏi máy trước khi gửi được.
      </p>
      {entries === undefined ? (
        <p role="status">Đang đọc…</p>
      ) : entries.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4">Không có biên bản nào chờ gửi.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Biên bản chờ gửi">
          {entries.map(({ entry, record, held }) => (
            <li key={entry.mutationId} data-testid="outbox-entry" className="rounded-md border border-slate-200 bg-white p-3">
              <p className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{record ? RECORD_TYPE_LABELS_VI[record.type] : "Biên bản"}</span>
                <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">Chờ gửi</span>
              </p>
              <p className="text-sm text-slate-700">
                Hồ sơ {held?.detail.case.decisionNumber ?? "—"} · hoàn tất {record?.capturedAt ? formatDateTimeVi(record.capturedAt) : "—"}
              </p>
              <p className="break-all text-xs text-slate-600">
                SHA-256: <code data-testid="outbox-hash">{record?.contentHash}</code>
              </p>
              {record ? <Link href={routes.record(record.id)} className="text-sm text-blue-800 underline">Xem biên bản</Link> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
