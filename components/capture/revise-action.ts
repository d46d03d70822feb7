import type { LocalRecord } from "@/lib/client/db/field-database";

/** What the final view offers for correcting a record, given its review and any newer version on the device. */
export type ReviseAction =
  | { kind: "revise"; buttonLabel: string; confirmTitle: string; confirmLabel: string; confirmText: string }
  | { kind: "open_newer"; newerId: string; label: string }
  | { kind: "none"; explanation: string };

const REVISE: Extract<ReviseAction, { kind: "revise" }> = {
  kind: "revise",
  buttonLabel: "Lập biên bản sửa đổi",
  confirmTitle: "Lập biên bản sửa đổi?",
  confirmLabel: "Lập biên bản sửa đổi",
  confirmText: "Biên bản này giữ nguyên. Một bản nháp mới chép nội dung của nó sẽ được tạo để bạn sửa, hoàn tất và gửi thay thế.",
};

/**
 * A record is corrected by ONE revision that points at it; the server takes a revision only of a record that is
 * submitted or returned (review-state.ts), so a second revision of the same record, or one of an approved record,
 * would only be refused (`review_state`). Hence: an existing newer version is opened rather than duplicated, and
 * an approved or superseded record offers no revision at all.
 */
export function reviseActionFor(record: LocalRecord, newer: LocalRecord | null): ReviseAction {
  if (newer) return { kind: "open_newer", newerId: newer.id, label: newer.state === "draft" ? "Tiếp tục bản sửa đang soạn" : "Xem bản sửa" };
  switch (record.review?.state) {
    case "approved":
      return { kind: "none", explanation: "Biên bản đã được duyệt và thuộc hồ sơ thi hành án; không thể lập bản sửa đổi (máy chủ sẽ từ chối). Nếu cần, hãy lập biên bản mới trong hồ sơ." };
    case "superseded":
      return { kind: "none", explanation: "Biên bản đã được thay bằng một bản sửa, lập trên máy khác hoặc không còn trên máy này." };
    case "returned":
      return {
        kind: "revise",
        buttonLabel: "Sửa và gửi lại",
        confirmTitle: "Sửa và gửi lại?",
        confirmLabel: "Lập bản sửa",
        confirmText: "Biên bản bị trả lại giữ nguyên như hiện tại. Một bản nháp mới chép nội dung của nó sẽ được tạo để bạn sửa; khi hoàn tất, bản mới được gửi để lãnh đạo Chi cục xem xét lại.",
      };
    default:
      break;
  }
  if (record.sync?.state === "rejected" && record.sync.reason === "review_state") {
    return { kind: "none", explanation: "Máy chủ không nhận bản sửa này vì biên bản gốc đã được duyệt hoặc đã có bản sửa khác. Nếu cần, hãy lập biên bản mới trong hồ sơ." };
  }
  const isRefused = record.sync?.state === "rejected" || record.sync?.state === "conflict";
  return isRefused ? { ...REVISE, buttonLabel: "Sửa và gửi lại" } : REVISE;
}
