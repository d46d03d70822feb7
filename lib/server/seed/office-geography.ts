import "server-only";

// A handful of real communes and wards per district as they stood in 2020–2021, after Nghị quyết
// 788/NQ-UBTVQH14 (in force 1/12/2019) merged communes and moved Liên Hồng, Gia Xuyên, Ngọc Sơn, Quyết Thắng
// and Tiền Tiến into thành phố Hải Dương. Addresses are written in that three-level form, as on judgments of
// the time (domain §6.2).
export interface Commune {
  /** With its level, as written: "xã Cẩm Hưng", "phường Sao Đỏ", "thị trấn Lai Cách". */
  name: string;
  /** Streets for a "Số 12 phố …" address; only wards named after their main street get one. */
  streets?: readonly string[];
}

function communes(...names: string[]): Commune[] {
  return names.map((name) => ({ name }));
}

export const COMMUNES_BY_OFFICE: Readonly<Record<string, readonly Commune[]>> = {
  tphd: [
    { name: "phường Trần Hưng Đạo", streets: ["phố Trần Hưng Đạo"] },
    { name: "phường Quang Trung", streets: ["đường Quang Trung"] },
    { name: "phường Nguyễn Trãi", streets: ["phố Nguyễn Trãi"] },
    { name: "phường Phạm Ngũ Lão", streets: ["phố Phạm Ngũ Lão"] },
    { name: "phường Trần Phú", streets: ["phố Trần Phú"] },
    { name: "phường Lê Thanh Nghị", streets: ["đường Lê Thanh Nghị"] },
    ...communes("phường Ngọc Châu", "phường Nhị Châu", "phường Bình Hàn", "phường Thanh Bình", "phường Hải Tân"),
    ...communes("phường Tân Bình", "phường Việt Hòa", "phường Tứ Minh", "phường Tân Hưng", "phường Nam Đồng"),
    ...communes("xã Liên Hồng", "xã Gia Xuyên", "xã Quyết Thắng", "xã Tiền Tiến"),
  ],
  chilinh: communes(
    "phường Sao Đỏ", "phường Phả Lại", "phường Cộng Hòa", "phường Chí Minh", "phường Thái Học", "phường Bến Tắm",
    "phường Hoàng Tân", "phường Văn An", "phường Văn Đức", "xã Hoàng Hoa Thám", "xã Bắc An",
  ),
  kinhmon: communes(
    "phường An Lưu", "phường Phú Thứ", "phường Minh Tân", "phường Duy Tân", "phường Hiệp An", "phường Long Xuyên",
    "phường Thất Hùng", "xã Lê Ninh", "xã Thăng Long", "xã Quang Thành", "xã Bạch Đằng",
  ),
  binhgiang: communes(
    "thị trấn Kẻ Sặt", "xã Thúc Kháng", "xã Nhân Quyền", "xã Cổ Bì", "xã Thái Học", "xã Vĩnh Hưng", "xã Hùng Thắng", "xã Tân Hồng",
  ),
  camgiang: communes(
    "thị trấn Lai Cách", "thị trấn Cẩm Giang", "xã Cẩm Hưng", "xã Cẩm Phúc", "xã Cẩm Vũ", "xã Tân Trường",
    "xã Lương Điền", "xã Ngọc Liên", "xã Thạch Lỗi", "xã Cao An",
  ),
  gialoc: communes(
    "thị trấn Gia Lộc", "xã Gia Tân", "xã Yết Kiêu", "xã Toàn Thắng", "xã Đoàn Thượng", "xã Thống Kênh",
    "xã Phạm Trấn", "xã Hoàng Diệu", "xã Hồng Hưng",
  ),
  kimthanh: communes(
    "thị trấn Phú Thái", "xã Lai Vu", "xã Kim Xuyên", "xã Cổ Dũng", "xã Tuấn Việt", "xã Kim Đính", "xã Đồng Cẩm", "xã Vũ Dũng",
  ),
  namsach: communes(
    "thị trấn Nam Sách", "xã Thái Tân", "xã An Sơn", "xã Minh Tân", "xã An Lâm", "xã Hiệp Cát", "xã Thanh Quang", "xã Phú Điền",
  ),
  ninhgiang: communes(
    "thị trấn Ninh Giang", "xã Kiến Quốc", "xã Ứng Hòe", "xã Nghĩa An", "xã Hồng Dụ", "xã Hiệp Lực", "xã Đông Xuyên",
  ),
  thanhha: communes(
    "thị trấn Thanh Hà", "xã Thanh Lang", "xã Tân Việt", "xã Hồng Lạc", "xã Thanh Hồng", "xã Vĩnh Lập", "xã An Phượng", "xã Thanh Sơn",
  ),
  thanhmien: communes(
    "thị trấn Thanh Miện", "xã Đoàn Tùng", "xã Lê Hồng", "xã Ngũ Hùng", "xã Tứ Cường", "xã Chi Lăng Nam", "xã Phạm Kha", "xã Cao Thắng",
  ),
  tuky: communes(
    "thị trấn Tứ Kỳ", "xã Minh Đức", "xã Quang Phục", "xã Tân Kỳ", "xã Đại Sơn", "xã Tiên Động", "xã Nguyên Giáp", "xã Văn Tố",
  ),
};

export function communesOf(slug: string): readonly Commune[] {
  const list = COMMUNES_BY_OFFICE[slug];
  if (list === undefined || list.length === 0) throw new Error(`No communes for office ${slug}`);
  return list;
}

// The district court takes the district's name at the judgment date: Chí Linh became a city on 1/3/2019
// (Nghị quyết 623/NQ-UBTVQH14) and Kinh Môn a town (thị xã) on 1/11/2019 (Nghị quyết 768/NQ-UBTVQH14);
// the courts were renamed with them.
const RENAMED_DISTRICTS: Readonly<Record<string, { before: string; until: string }>> = {
  chilinh: { before: "thị xã Chí Linh", until: "2019-03-01" },
  kinhmon: { before: "huyện Kinh Môn", until: "2019-11-01" },
};

export function districtCourt(slug: string, districtName: string, judgmentDate: string): string {
  const renamed = RENAMED_DISTRICTS[slug];
  const name = renamed && judgmentDate < renamed.until ? renamed.before : districtName;
  return `Tòa án nhân dân ${name}`;
}

export const PROVINCIAL_COURT = "Tòa án nhân dân tỉnh Hải Dương";
// Appeals against the provincial court's first-instance judgments (Luật Tổ chức TAND 2014 Đ.29).
export const HIGH_COURT = "Tòa án nhân dân cấp cao tại Hà Nội";
