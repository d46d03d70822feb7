// The words of the review screens that more than one component uses, in one place for a later translation.
// Domain labels (states, return categories, head decisions, record types) come from lib/domain.

export const FLAG_TEXT = {
  overdue: "Quá hạn",
  lateSync: "Gửi muộn > 24 giờ",
  captureInFuture: "Giờ lập sau giờ nhận",
  revision: "Bản sửa",
} as const;

// The « ← » and « ↓ » links of the record screen.
export const BACK_LINK = "inline-flex min-h-11 items-center self-start text-blue-800 underline";

export const DECISION_TEXT = { approve: "Duyệt", return: "Trả lại" } as const;

// Audit actions as the server writes them; an action not listed is shown as its code.
const AUDIT_ACTION_LABELS_VI: Readonly<Record<string, string>> = {
  "record.submit": "Chấp hành viên gửi biên bản",
  "record.import": "Nhập từ tệp chuyển giao",
  "record.supersede": "Được thay bằng bản sửa",
  "record.view": "Xem biên bản",
  "record.approve": "Duyệt biên bản",
  "record.return": "Trả lại biên bản",
  "review.view": "Xem biên bản",
  "review.approve": "Duyệt biên bản",
  "review.return": "Trả lại biên bản",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS_VI[action] ?? action;
}

export const LOADING_TEXT = "Đang tải…";
export const RETRY_TEXT = "Thử lại";
