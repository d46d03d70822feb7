import type { FieldRecord } from "@/lib/domain/records/field-record";

/**
 * The record's identity on paper: its id and the SHA-256 of its content, so a printout can be checked against
 * the stored record (content-hash.ts), and the record it replaces when it is a correction.
 */
export function PrintFooter({ record }: { record: FieldRecord }) {
  return (
    <div className="bb-footer">
      <div>Mã biên bản: {record.id}</div>
      <div>
        {record.contentHash === null
          ? "Chưa hoàn tất: chưa có mã băm nội dung"
          : `Mã băm nội dung (SHA-256): ${record.contentHash}`}
      </div>
      {record.revisionOf && <div>Sửa đổi, thay thế biên bản {record.revisionOf}</div>}
    </div>
  );
}
