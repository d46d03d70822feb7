import "server-only";
import type { Rng } from "./prng";

export type Gender = "male" | "female";

// Family names weighted roughly by their share in the Red River delta (Nguyễn about a third). Mạc and Nhữ
// are local to Hải Dương (Kinh Môn, Gia Lộc) and give the demo a recognisable touch.
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ["Nguyễn", 33], ["Trần", 10], ["Lê", 8], ["Phạm", 8], ["Vũ", 7], ["Hoàng", 4], ["Đỗ", 4], ["Bùi", 4],
  ["Đặng", 3], ["Ngô", 2], ["Dương", 2], ["Đinh", 2], ["Đoàn", 2], ["Phan", 2], ["Lương", 1], ["Mạc", 1],
  ["Nhữ", 1], ["Tăng", 1], ["Trịnh", 1], ["Vương", 1], ["Cao", 1], ["Hà", 1], ["Lưu", 1], ["Tạ", 1],
];

const MALE_MIDDLE = ["Văn", "Văn", "Văn", "Văn", "Đức", "Hữu", "Quang", "Minh", "Xuân", "Thanh", "Công", "Tiến", "Đình", "Mạnh", "Ngọc", "Trọng", "Duy"];
const FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Minh", "Phương", "Hồng", "Thúy", "Kim"];

const MALE_GIVEN = [
  "Hùng", "Dũng", "Tuấn", "Thắng", "Cường", "Hải", "Long", "Nam", "Sơn", "Thành", "Trung", "Quân", "Hưng", "Tùng",
  "Bình", "Hòa", "Khoa", "Đạt", "Hiếu", "Huy", "Kiên", "Lâm", "Phong", "Quyết", "Tâm", "Toàn", "Vinh", "Chiến",
  "Định", "Giang", "Hoàn", "Luận", "Mạnh", "Nghĩa", "Phúc", "Quý", "Sáng", "Thịnh", "Tiến", "Trường", "Việt", "Khải",
];
const FEMALE_GIVEN = [
  "Lan", "Hương", "Hoa", "Mai", "Hằng", "Nga", "Thủy", "Hà", "Linh", "Trang", "Huyền", "Thảo", "Yến", "Nhung",
  "Phương", "Loan", "Dung", "Liên", "Tuyết", "Oanh", "Hạnh", "Ngọc", "Vân", "Thơm", "Xuân", "Hiền", "Huệ", "Lụa",
  "Nhàn", "Quyên", "Thu", "Duyên", "Hồng", "Minh", "Tâm", "Thoa",
];

export function generatePersonName(rng: Rng, gender: Gender): string {
  const family = rng.weighted(FAMILY_NAMES);
  const middle = rng.pick(gender === "male" ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = rng.pick(gender === "male" ? MALE_GIVEN : FEMALE_GIVEN);
  return `${family} ${middle} ${given}`;
}

/** How a judgment refers to a person: "ông Nguyễn Văn Hùng", "bà Phạm Thị Lan". */
export function honorific(gender: Gender): string {
  return gender === "male" ? "ông" : "bà";
}

const COMPANY_FORMS: readonly (readonly [string, number])[] = [
  ["Công ty TNHH", 5], ["Công ty cổ phần", 3], ["Công ty TNHH một thành viên", 2], ["Hợp tác xã", 0.5],
];
const COMPANY_TRADES = [
  "Thương mại và Dịch vụ", "Xây dựng", "Đầu tư và Xây dựng", "Vận tải", "Sản xuất và Thương mại",
  "Thương mại", "Vật liệu xây dựng", "May mặc", "Cơ khí", "Chế biến nông sản", "Gốm sứ", "Đầu tư và Phát triển",
];
const COMPANY_NAMES = [
  "Hoàng Long", "Minh Phát", "Thành Đạt", "An Phú", "Hải Hà", "Phú Thái", "Đại Dương", "Tân Phát", "Hưng Thịnh",
  "Việt Hàn", "Thái Bình", "Bảo Minh", "Nam Việt", "Đông Á", "Quang Minh", "Hồng Hà", "Kim Long", "Tiến Thành",
  "Phúc Lộc", "Trường Sơn", "Xứ Đông", "Thành Đông", "Chu Đậu", "Lục Đầu",
];

export function generateCompanyName(rng: Rng): string {
  const form = rng.weighted(COMPANY_FORMS);
  if (form === "Hợp tác xã") return `Hợp tác xã ${rng.pick(["dịch vụ nông nghiệp", "vận tải", "mây tre đan"])} ${rng.pick(COMPANY_NAMES)}`;
  return `${form} ${rng.pick(COMPANY_TRADES)} ${rng.pick(COMPANY_NAMES)}`;
}
