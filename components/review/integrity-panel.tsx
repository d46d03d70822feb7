import type { ReviewRecordView } from "@/lib/domain/api/review";
import { Badge } from "../ui/badge";
import { ReviewCard } from "./review-card";

/**
 * The content hash the device computed when the officer finalized the record, against the hash of what is
 * stored now. A mismatch means the stored content is not what was signed, whatever it shows.
 */
export function IntegrityPanel({ integrity }: { integrity: ReviewRecordView["integrity"] }) {
  return (
    <ReviewCard title="Tính toàn vẹn" testId="integrity-panel">
      {integrity.isIntact ? (
        <>
          <p>
            <Badge tone="success" testId="integrity-badge">
              ✓ Nguyên vẹn
            </Badge>
          </p>
          <p className="text-sm text-slate-700">Nội dung lưu trên máy chủ khớp với mã băm lúc Chấp hành viên hoàn tất biên bản.</p>
          <p className="text-xs break-all text-slate-700">
            SHA-256: <code>{integrity.storedHash}</code>
          </p>
        </>
      ) : (
        <>
          <p>
            <Badge tone="danger" testId="integrity-badge">
              ✗ Không khớp
            </Badge>
          </p>
          <p className="text-sm text-red-900">Nội dung đang lưu không khớp với mã băm lúc hoàn tất: biên bản có thể đã bị thay đổi sau khi ký.</p>
          <dl className="text-xs break-all text-slate-800">
            <dt className="font-medium">Mã băm đã lưu</dt>
            <dd>
              <code data-testid="integrity-stored-hash">{integrity.storedHash}</code>
            </dd>
            <dt className="mt-1 font-medium">Mã băm tính lại</dt>
            <dd>
              <code data-testid="integrity-computed-hash">{integrity.computedHash}</code>
            </dd>
          </dl>
        </>
      )}
    </ReviewCard>
  );
}
