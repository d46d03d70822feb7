import type { LocalRecord } from "@/lib/client/db/field-database";
import { formatDateTimeVi } from "@/lib/domain/dates";

export type SyncLabelTone = "pending" | "sending" | "synced" | "refused";

/**
 * The state of a finalized record as the officer reads it: Chờ gửi, Đang gửi, Đã gửi, Bị từ chối, Xung đột.
 * Only the transport: what the head decided once it arrived is `recordReviewLabel` (record-review-label.ts),
 * shown beside it — « Đã gửi (…) · Chờ duyệt ».
 */
export function recordSyncLabel(record: LocalRecord, isSending: boolean): { text: string; tone: SyncLabelTone } | null {
  if (record.state !== "final") return null;
  const sync = record.sync ?? { state: "pending" as const };
  switch (sync.state) {
    case "pending":
      return isSending ? { text: "Đang gửi", tone: "sending" } : { text: "Chờ gửi", tone: "pending" };
    case "synced":
      return { text: `Đã gửi (máy chủ nhận lúc ${formatDateTimeVi(sync.receivedAt)})`, tone: "synced" };
    case "rejected":
      return { text: `Bị từ chối: ${sync.message}`, tone: "refused" };
    case "conflict":
      return { text: `Xung đột: ${sync.message}`, tone: "refused" };
  }
}

export const TONE_CLASSES: Record<SyncLabelTone, string> = {
  pending: "bg-amber-100 text-amber-900",
  sending: "bg-blue-100 text-blue-900",
  synced: "bg-green-100 text-green-900",
  refused: "bg-red-100 text-red-900",
};
