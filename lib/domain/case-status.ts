// Statistical status of a case, set only by the head's decisions (field records are evidence, never status
// changes by themselves — domain §2.4). Old-law articles: Luật THADS 2008/2014 Đ.44a, 48, 49, 50; new law
// 106/2025 with NĐ 152/2026 Đ.22, 32 (trả lại yêu cầu).
export const CASE_STATUSES = [
  "dang_thi_hanh", // thụ lý / tiếp tục thi hành
  "chua_co_dieu_kien", // Đ.44a: grounds a, b, c
  "hoan", // Đ.48 k.1: grounds a … h
  "tam_dinh_chi", // Đ.49
  "dinh_chi", // Đ.50
  "uy_thac_di", // Đ.55: transferred to another office
  "thi_hanh_xong",
  "so_theo_doi_rieng", // NĐ 62 Đ.9 k.5–6; NĐ 152 Đ.22
  "tra_lai_yeu_cau", // NĐ 152 Đ.32 k.1 điểm d
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STATUS_LABELS_VI: Record<CaseStatus, string> = {
  dang_thi_hanh: "Đang thi hành",
  chua_co_dieu_kien: "Chưa có điều kiện",
  hoan: "Hoãn thi hành án",
  tam_dinh_chi: "Tạm đình chỉ",
  dinh_chi: "Đình chỉ",
  uy_thac_di: "Ủy thác đi",
  thi_hanh_xong: "Thi hành xong",
  so_theo_doi_rieng: "Chuyển sổ theo dõi riêng",
  tra_lai_yeu_cau: "Trả lại yêu cầu",
};
