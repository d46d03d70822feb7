import type { JsonValue } from "@/lib/domain/canonical-json";
import { formatDateTimeVi, formatDateVi } from "@/lib/domain/dates";

// How the diff of a revision reads for the head (issue #5): a human name for the simple paths (the raw path
// stays visible beside it), values as plain text in the screen's formats, and the kind of change in words
// so that it does not rest on colour alone.

export type ChangeKind = "added" | "removed" | "changed";

export const CHANGE_KIND_LABELS_VI: Record<ChangeKind, string> = { added: "Thêm", removed: "Bỏ", changed: "Sửa" };

export const EMPTY_VALUE = "(trống)";

// The record's keys a reviewer meets most; any other key is shown as written.
const SEGMENT_LABELS: Readonly<Record<string, string>> = {
  capturedAt: "Thời điểm lập",
  location: "Vị trí GPS",
  lat: "Vĩ độ",
  lng: "Kinh độ",
  accuracy: "Sai số (m)",
  locationNote: "Ghi chú vị trí",
  attachments: "Tệp đính kèm",
  participants: "Người tham gia",
  fullName: "Họ tên",
  role: "Vai trò",
  title: "Chức vụ",
  identity: "Giấy tờ tùy thân",
  number: "Số",
  address: "Địa chỉ",
  asWritten: "Địa chỉ ghi",
  signOff: "Ký xác nhận",
  kind: "Hình thức",
  reason: "Lý do",
  startedAt: "Bắt đầu",
  endedAt: "Kết thúc",
  place: "Địa điểm",
  informants: "Người cung cấp thông tin",
  subject: "Người được xác minh",
  maritalStatus: "Tình trạng hôn nhân",
  declaration: "Kê khai",
  items: "Nội dung",
  assets: "Tài sản",
  description: "Mô tả",
  estimatedValue: "Giá trị ước tính",
  coOwners: "Đồng sở hữu",
  photos: "Ảnh",
  income: "Thu nhập",
  amount: "Số tiền",
  conclusion: "Kết luận",
  ground: "Căn cứ",
  notes: "Ghi chú",
  document: "Văn bản",
  channel: "Hình thức thông báo",
  outcome: "Kết quả",
  attemptedAt: "Thời điểm thông báo",
  addressee: "Người được thông báo",
  substituteReceiver: "Người nhận thay",
  posting: "Niêm yết",
  photoSha256s: "Ảnh",
  attachmentSha256: "Ảnh chữ ký / vân tay",
  sha256: "Mã băm ảnh",
  bodyType: "Loại cơ quan",
  bodyName: "Tên cơ quan",
  personName: "Người cung cấp",
  method: "Phương thức",
  members: "Thành viên",
  opinion: "Ý kiến",
  vote: "Biểu quyết",
  startingPrice: "Giá khởi điểm",
};

/** `payload.participants.2.fullName` → `Người tham gia 3 › Họ tên`; positions count from 1 on screen. */
export function describePath(path: string): string {
  const labels: string[] = [];
  for (const segment of path.split(".")) {
    if (segment === "payload" && labels.length === 0) continue;
    if (/^\d+$/.test(segment) && labels.length > 0) {
      labels[labels.length - 1] = `${labels[labels.length - 1]} ${Number(segment) + 1}`;
      continue;
    }
    labels.push(SEGMENT_LABELS[segment] ?? segment);
  }
  return labels.join(" › ") || path;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatNumber(value: number): string {
  // 2026 stays a year; 1529000000 reads as 1.529.000.000 (Vietnamese grouping, decimal comma).
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6, useGrouping: Math.abs(value) >= 10_000 }).format(value);
}

/** One value of the diff as text: dates and instants as dd/mm/yyyy (HH:mm), yes/no in words, lists joined. */
export function formatDiffValue(value: JsonValue | null | undefined): string {
  if (value === null || value === undefined) return EMPTY_VALUE;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") {
    if (value.trim() === "") return EMPTY_VALUE;
    if (ISO_DATE.test(value)) return formatDateVi(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTimeVi(value);
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "(không có)" : value.map((item) => formatDiffValue(item)).join("; ");
  const members = Object.entries(value).filter((entry): entry is [string, JsonValue] => entry[1] !== undefined);
  if (members.length === 0) return EMPTY_VALUE;
  return `{ ${members.map(([key, member]) => `${SEGMENT_LABELS[key] ?? key}: ${formatDiffValue(member)}`).join("; ")} }`;
}
