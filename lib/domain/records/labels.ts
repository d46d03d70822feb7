import type { ParticipantRole, SignOff } from "./participants";
import type { ServiceChannel, ServiceOutcome } from "./service-blocks";
import type { AssetType } from "./verification-assets";

// The Vietnamese names of every choice a biên bản records, shared by the capture forms, the print view and
// review, so the words on screen are the words printed on the legal document. English is for the interface
// only; a printed biên bản is always Vietnamese.
export interface Label {
  vi: string;
  en: string;
}

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, Label> = {
  chap_hanh_vien: { vi: "Chấp hành viên", en: "Enforcement officer" },
  thu_ky: { vi: "Người lập biên bản (thư ký)", en: "Clerk drawing up the minutes" },
  duong_su: { vi: "Đương sự", en: "Party" },
  nguoi_dai_dien: { vi: "Người đại diện", en: "Representative" },
  nguoi_chung_kien: { vi: "Người chứng kiến", en: "Witness" },
  dai_dien_chinh_quyen: { vi: "Đại diện chính quyền địa phương", en: "Local authority representative" },
  nguoi_cung_cap_thong_tin: { vi: "Người cung cấp thông tin", en: "Informant" },
  phien_dich: { vi: "Người phiên dịch", en: "Interpreter" },
  nguoi_nhan_thay: { vi: "Người nhận thay", en: "Substitute receiver" },
};

export const SIGN_OFF_LABELS: Record<SignOff["kind"], Label> = {
  signature: { vi: "Đã ký", en: "Signed" },
  fingerprint: { vi: "Đã điểm chỉ", en: "Fingerprint" },
  refused: { vi: "Từ chối ký", en: "Refused to sign" },
  absent: { vi: "Vắng mặt", en: "Absent" },
};

export const INFORMANT_BODY_LABELS: Record<
  "ubnd_xa" | "cong_an_xa" | "ngan_hang" | "van_phong_dang_ky_dat_dai" | "bhxh" | "co_quan_khac",
  Label
> = {
  ubnd_xa: { vi: "UBND cấp xã", en: "Commune People's Committee" },
  cong_an_xa: { vi: "Công an cấp xã", en: "Commune police" },
  ngan_hang: { vi: "Ngân hàng, tổ chức tín dụng", en: "Bank" },
  van_phong_dang_ky_dat_dai: { vi: "Văn phòng đăng ký đất đai", en: "Land registration office" },
  bhxh: { vi: "Bảo hiểm xã hội", en: "Social insurance" },
  co_quan_khac: { vi: "Cơ quan, tổ chức khác", en: "Other body" },
};

export const MARITAL_STATUS_LABELS: Record<"chua_ket_hon" | "da_ket_hon" | "ly_hon" | "goa", Label> = {
  chua_ket_hon: { vi: "Chưa kết hôn", en: "Single" },
  da_ket_hon: { vi: "Đã kết hôn", en: "Married" },
  ly_hon: { vi: "Đã ly hôn", en: "Divorced" },
  goa: { vi: "Góa", en: "Widowed" },
};

export const DECLARATION_LABELS: Record<"declared" | "refused" | "not_present", Label> = {
  declared: { vi: "Đã kê khai", en: "Declared" },
  refused: { vi: "Từ chối kê khai", en: "Refused to declare" },
  not_present: { vi: "Không có mặt để kê khai", en: "Not present" },
};

export const ASSET_TYPE_LABELS: Record<AssetType, Label> = {
  land: { vi: "Quyền sử dụng đất", en: "Land" },
  house: { vi: "Nhà ở, công trình", en: "House" },
  vehicle: { vi: "Phương tiện", en: "Vehicle" },
  deposit: { vi: "Tiền gửi, tài khoản", en: "Bank deposit" },
  receivable: { vi: "Khoản phải thu", en: "Receivable" },
  income: { vi: "Thu nhập", en: "Income" },
  other: { vi: "Tài sản khác", en: "Other" },
};

export const INCOME_PERIODICITY_LABELS: Record<"monthly" | "quarterly" | "yearly" | "irregular", Label> = {
  monthly: { vi: "Hằng tháng", en: "Monthly" },
  quarterly: { vi: "Hằng quý", en: "Quarterly" },
  yearly: { vi: "Hằng năm", en: "Yearly" },
  irregular: { vi: "Không thường xuyên", en: "Irregular" },
};

export const CONCLUSION_LABELS: Record<"co_dieu_kien" | "chua_co_dieu_kien", Label> = {
  co_dieu_kien: { vi: "Có điều kiện thi hành án", en: "Able to pay" },
  chua_co_dieu_kien: { vi: "Chưa có điều kiện thi hành án", en: "Not yet able to pay" },
};

// Luật THADS Đ.44a k.1 (old law); Luật 106/2025 Đ.38 keeps the three grounds.
export const NO_CONDITION_GROUND_LABELS: Record<"a" | "b" | "c", Label> = {
  a: { vi: "Điểm a: không có thu nhập, tài sản để thi hành án", en: "(a) no income or attachable assets" },
  b: { vi: "Điểm b: tài sản phải trả không còn hoặc hư hỏng", en: "(b) the item to return no longer exists" },
  c: { vi: "Điểm c: không rõ địa chỉ, nơi cư trú", en: "(c) address unknown" },
};

export const SERVED_DOCUMENT_TYPE_LABELS: Record<
  "quyet_dinh_thi_hanh_an" | "thong_bao" | "giay_trieu_tap" | "quyet_dinh_cuong_che" | "khac",
  Label
> = {
  quyet_dinh_thi_hanh_an: { vi: "Quyết định thi hành án", en: "Enforcement decision" },
  thong_bao: { vi: "Thông báo", en: "Notice" },
  giay_trieu_tap: { vi: "Giấy triệu tập", en: "Summons" },
  quyet_dinh_cuong_che: { vi: "Quyết định cưỡng chế", en: "Coercion decision" },
  khac: { vi: "Văn bản khác", en: "Other document" },
};

export const SERVICE_CHANNEL_LABELS: Record<ServiceChannel, Label> = {
  truc_tiep: { vi: "Giao trực tiếp", en: "In person" },
  nguoi_nhan_thay: { vi: "Qua người nhận thay", en: "Through a substitute receiver" },
  niem_yet: { vi: "Niêm yết công khai", en: "Public posting" },
  buu_dien: { vi: "Qua bưu điện", en: "Registered post" },
  phuong_tien_thong_tin_dai_chung: { vi: "Phương tiện thông tin đại chúng", en: "Mass media" },
  vneid: { vi: "Ứng dụng VNeID", en: "VNeID app" },
};

export const SERVICE_OUTCOME_LABELS: Record<ServiceOutcome, Label> = {
  delivered: { vi: "Đã giao, nhận", en: "Delivered" },
  substitute: { vi: "Giao cho người nhận thay", en: "Handed to a substitute" },
  refused: { vi: "Từ chối nhận", en: "Refused" },
  absent: { vi: "Vắng mặt", en: "Absent" },
  moved: { vi: "Đã chuyển đi nơi khác", en: "Moved away" },
  not_found: { vi: "Không tìm thấy địa chỉ", en: "Address not found" },
};

export const POSTING_PLACE_LABELS: Record<"tru_so_thads" | "ubnd_xa" | "nha_van_hoa_thon" | "noi_cu_tru", Label> = {
  tru_so_thads: { vi: "Trụ sở cơ quan thi hành án dân sự", en: "Enforcement office" },
  ubnd_xa: { vi: "Trụ sở UBND cấp xã", en: "Commune People's Committee" },
  nha_van_hoa_thon: { vi: "Nhà văn hóa thôn, tổ dân phố", en: "Village cultural house" },
  noi_cu_tru: { vi: "Nơi cư trú (cuối cùng)", en: "(Last) residence" },
};

export const VALUATION_METHOD_LABELS: Record<
  "thoa_thuan_gia" | "thoa_thuan_to_chuc" | "to_chuc_do_chv_chon" | "hoi_dong" | "chv_tu_xac_dinh",
  Label
> = {
  thoa_thuan_gia: { vi: "Đương sự thỏa thuận giá", en: "Parties agree on the price" },
  thoa_thuan_to_chuc: { vi: "Đương sự thỏa thuận tổ chức thẩm định giá", en: "Parties agree on a valuation firm" },
  to_chuc_do_chv_chon: { vi: "Chấp hành viên lựa chọn tổ chức thẩm định giá", en: "Valuation firm chosen by the officer" },
  hoi_dong: { vi: "Hội đồng xác định giá", en: "Price determination council" },
  chv_tu_xac_dinh: { vi: "Chấp hành viên xác định giá", en: "Price set by the officer" },
};

export const SELF_SET_PRICE_REASON_LABELS: Record<"perishable" | "small_value", Label> = {
  perishable: { vi: "Tài sản tươi sống, mau hỏng", en: "Perishable goods" },
  small_value: { vi: "Tài sản có giá trị nhỏ", en: "Small-value goods" },
};

export const COUNCIL_VOTE_LABELS: Record<"agree" | "disagree", Label> = {
  agree: { vi: "Tán thành", en: "Agrees" },
  disagree: { vi: "Không tán thành", en: "Disagrees" },
};

/** The label in a locale, for code that holds a locale rather than a `Label`. */
export function labelIn(label: Label, locale: "vi" | "en"): string {
  return label[locale];
}
