"use client";

import { isNearlyFull, type StorageStatus, usedShare } from "@/lib/client/storage-status";

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}

export function storageUsageText(status: StorageStatus | null): string {
  if (status?.usageBytes == null || status.quotaBytes == null) return "Không rõ";
  const share = usedShare(status);
  const percent = share === null ? "" : ` (${Math.round(share * 100)}%)`;
  return `${formatMegabytes(status.usageBytes)} / ${formatMegabytes(status.quotaBytes)}${percent}`;
}

export function persistenceText(status: StorageStatus | null): string {
  if (status?.isPersisted === true) return "đã bật";
  if (status?.isPersisted === false) return "chưa bật";
  return "không rõ";
}

/** What to do about storage: near the quota (≥ 80%), or not protected from eviction. */
export function StorageNotes({ status, onRequestPersistence }: { status: StorageStatus | null; onRequestPersistence(): void }) {
  if (!status) return null;
  return (
    <>
      {isNearlyFull(status) ? (
        <p role="alert" data-testid="storage-full-warning" className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-red-900">
          Bộ nhớ dành cho ứng dụng đã dùng {Math.round((usedShare(status) ?? 0) * 100)}%. Khi đầy, bản nháp và ảnh mới sẽ không lưu được: hãy gửi
          biên bản khi có mạng, xóa bớt ảnh, video không cần thiết trên máy.
        </p>
      ) : null}
      {status.isPersisted === false ? (
        <div data-testid="persistence-advice" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <p>
            Lưu trữ bền vững chưa bật: khi máy thiếu bộ nhớ, trình duyệt có thể xóa dữ liệu của ứng dụng, kể cả biên bản chưa gửi. Hãy cài ứng
            dụng lên màn hình chính (trình duyệt thường tự bật cho ứng dụng đã cài), đồng bộ thường xuyên và không xóa dữ liệu trình duyệt.
          </p>
          <button type="button" onClick={onRequestPersistence} className="mt-1 min-h-11 rounded-md border border-amber-400 bg-white px-3 hover:bg-amber-100">
            Bật lưu trữ bền vững
          </button>
        </div>
      ) : null}
    </>
  );
}
