// The kinds of biên bản and what screens call them, apart from the record schemas (envelope.ts) so that screens
// which only name a record do not load zod (issue #7: first-load JS).
export const RECORD_TYPES = ["xac_minh", "thong_bao", "dinh_gia"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const RECORD_TYPE_LABELS_VI: Record<RecordType, string> = {
  xac_minh: "Biên bản xác minh điều kiện thi hành án",
  thong_bao: "Biên bản thông báo / tống đạt / niêm yết",
  dinh_gia: "Biên bản thẩm định giá / xác định giá",
};
