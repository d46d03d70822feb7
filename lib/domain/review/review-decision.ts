// Why a record goes back to the officer. A category makes returns countable (which mistakes recur, per officer)
// and the text says exactly what to fix; both reach the phone.
export const RETURN_CATEGORIES = ["thieu_thong_tin", "sai_thong_tin", "thieu_chu_ky", "anh_khong_ro", "sai_trinh_tu", "khac"] as const;
export type ReturnCategory = (typeof RETURN_CATEGORIES)[number];

export const RETURN_CATEGORY_LABELS_VI: Record<ReturnCategory, string> = {
  thieu_thong_tin: "Thiếu thông tin",
  sai_thong_tin: "Thông tin chưa chính xác",
  thieu_chu_ky: "Thiếu chữ ký, điểm chỉ hoặc người chứng kiến",
  anh_khong_ro: "Ảnh không rõ hoặc thiếu ảnh",
  sai_trinh_tu: "Sai trình tự, thủ tục",
  khac: "Lý do khác",
};

export const RETURN_REASON_MAX = 2_000;
