"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useState } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { routes } from "@/lib/routes";
import { persistenceText, StorageNotes, storageUsageText } from "./storage-notes";
import { useStorageStatus } from "./use-storage-status";

// Past three days unsent, a lost phone means lost legal records: time to find a network or hand them over.
const STALE_AFTER_MS = 3 * 24 * 3_600_000;

function ageInWords(fromIso: string, now: number): string {
  const hours = Math.floor((now - Date.parse(fromIso)) / 3_600_000);
  if (hours < 1) return "dưới 1 giờ";
  if (hours < 48) return `${hours} giờ`;
  return `${Math.floor(hours / 24)} ngày`;
}

/** What the officer needs to trust the phone: unsynced records, how old the oldest is, and storage (issue #7). */
export function DeviceStatus({ userId }: { userId: string }) {
  const [now, setNow] = useState(() => Date.now());
  const pending = useLiveQuery(
    async () => (await fieldDatabase().outbox.where("authorId").equals(userId).sortBy("createdAt")).filter((entry) => entry.state === "pending"),
    [userId],
  );

  // Re-read storage as records come and go; the first read follows the request for persistent storage.
  const { status: storage, requestPersistence } = useStorageStatus(pending?.length);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const oldest = pending?.[0];
  const isStale = oldest !== undefined && now - Date.parse(oldest.createdAt) > STALE_AFTER_MS;
  return (
    <section aria-labelledby="device-status-title" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <h2 id="device-status-title" className="sr-only">
        Tình trạng dữ liệu trên máy
      </h2>
      <dl className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-600">Biên bản chờ gửi</dt>
          <dd data-testid="unsynced-count" className="font-semibold">
            <a href={routes.outbox} className="text-blue-800 underline">
              {pending === undefined ? "…" : pending.length}
            </a>
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Biên bản chờ lâu nhất</dt>
          <dd data-testid="oldest-unsynced">{oldest ? `${ageInWords(oldest.createdAt, now)} (từ ${formatDateTimeVi(oldest.createdAt)})` : "Không có"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Bộ nhớ đã dùng</dt>
          {/* Two lines reserved on a phone for the estimate that arrives a moment later (layout shift, issue #7). */}
          <dd data-testid="storage-usage" className="min-h-10 sm:min-h-0">
            {storageUsageText(storage)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Lưu trữ bền vững</dt>
          <dd data-testid="storage-persistence" className="min-h-10 sm:min-h-0">
            {persistenceText(storage)}
          </dd>
        </div>
      </dl>
      {isStale ? (
        <p role="alert" data-testid="stale-warning" className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-red-900">
          Có biên bản chưa gửi được hơn 3 ngày. Hãy tìm nơi có mạng để đồng bộ, hoặc xuất tệp chuyển giao cho Chi cục.
        </p>
      ) : null}
      <StorageNotes status={storage} onRequestPersistence={requestPersistence} />
    </section>
  );
}
