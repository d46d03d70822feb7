import type { ReviewRecordView } from "@/lib/domain/api/review";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { LATE_SYNC_HOURS } from "@/lib/domain/review/capture-timing";
import { FlagBadges } from "./review-badges";
import { ReviewCard } from "./review-card";

function gapText(gapHours: number): string {
  const hours = Math.abs(gapHours).toLocaleString("vi-VN");
  const days = Math.abs(gapHours) >= 48 ? ` (khoảng ${Math.round(Math.abs(gapHours) / 24).toLocaleString("vi-VN")} ngày)` : "";
  return gapHours >= 0 ? `Máy chủ nhận sau ${hours} giờ${days}` : `Giờ lập muộn hơn giờ nhận ${hours} giờ${days}`;
}

/** The device's capture time is the officer's word; the receipt time is the server's (capture-timing.ts). */
export function TimingPanel({ timing }: { timing: ReviewRecordView["timing"] }) {
  return (
    <ReviewCard title="Thời gian" testId="timing-panel">
      <dl className="text-sm">
        <dt className="text-slate-600">Lập lúc (theo đồng hồ điện thoại)</dt>
        <dd className="font-medium text-slate-900" data-testid="timing-captured">
          {formatDateTimeVi(timing.capturedAt)}
        </dd>
        <dt className="mt-1 text-slate-600">Máy chủ nhận lúc</dt>
        <dd className="font-medium text-slate-900" data-testid="timing-received">
          {formatDateTimeVi(timing.receivedAt)}
        </dd>
      </dl>
      <p className="text-sm text-slate-700">{gapText(timing.gapHours)}</p>
      <div className="flex flex-wrap gap-1">
        <FlagBadges isLateSync={timing.isLate} isCaptureInFuture={timing.isInFuture} />
      </div>
      {timing.isLate ? <p className="text-sm text-slate-700">Gửi sau hơn {LATE_SYNC_HOURS} giờ: thường do nhiều ngày không có mạng, nên hỏi lại Chấp hành viên nếu thấy bất thường.</p> : null}
      {timing.isInFuture ? <p className="text-sm text-red-900">Giờ lập sau giờ máy chủ nhận: đồng hồ điện thoại sai hoặc đã bị chỉnh, thời điểm lập biên bản kém tin cậy.</p> : null}
    </ReviewCard>
  );
}
