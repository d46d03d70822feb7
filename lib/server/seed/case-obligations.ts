import "server-only";
import type { Profile, Scale } from "./case-profiles";
import { roundTo, type Rng } from "./prng";

export interface MoneyLine {
  description: string;
  amount: number;
}

export interface Obligations {
  money: MoneyLine[];
  nonMoney: string[];
}

export interface ObligationContext {
  judgmentType: string;
  creditorLabel: string;
  /** Where the debtor's land lies, as written: "thôn Đông, xã Cẩm Hưng". */
  place: string;
  debtorIsCompany: boolean;
}

const MILLION = 1_000_000;
const BILLION = 1_000_000_000;
// Án phí hình sự sơ thẩm and the fixed civil fee (Nghị quyết 326/2016/UBTVQH14, Danh mục án phí).
const CRIMINAL_FEE = 200_000;
const FIXED_CIVIL_FEE = 300_000;

function formatVnd(amount: number): string {
  return amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function exhibit(rng: Rng): string {
  return rng.chance(0.6)
    ? `Tịch thu sung ngân sách Nhà nước 01 (một) xe mô tô nhãn hiệu Honda ${rng.pick(["Wave Alpha", "Future", "Vision", "Air Blade"])}, biển kiểm soát 34${rng.pick(["B1", "B2", "B3", "K1"])}-${rng.int(100, 999)}.${String(rng.int(0, 99)).padStart(2, "0")}`
    : `Tịch thu sung ngân sách Nhà nước 01 (một) điện thoại di động nhãn hiệu ${rng.pick(["Samsung", "iPhone", "Oppo", "Nokia"])}`;
}

function land(rng: Rng): string {
  return `thửa số ${rng.int(12, 980)}, tờ bản đồ số ${rng.int(1, 42)}`;
}

/** Fines are set in round sums; larger ones go with the offences of cases that stay unpaid. */
function fine(rng: Rng, scale: Scale): number {
  const heavy = scale === "small" ? 0 : 1;
  return rng.weighted([[5, 3], [10, 4], [15, 2], [20, 3], [25, 1], [30, 2 + heavy], [40, 1 + heavy], [50, 1.5 + 2 * heavy], [100, 0.5 + heavy]] as const) * MILLION;
}

export function generateObligations(rng: Rng, profile: Profile, scale: Scale, ctx: ObligationContext): Obligations {
  const money: MoneyLine[] = [];
  const nonMoney: string[] = [];
  const upTo = (small: number, medium: number, large: number) => (scale === "small" ? small : scale === "medium" ? medium : large);
  const criminalFees = () => {
    money.push({ description: "Án phí hình sự sơ thẩm", amount: CRIMINAL_FEE });
    if (ctx.judgmentType === "HS-PT") money.push({ description: "Án phí hình sự phúc thẩm", amount: CRIMINAL_FEE });
  };

  switch (profile) {
    case "an_phi_hs":
      criminalFees();
      if (rng.chance(0.35)) money.push({ description: "Án phí dân sự sơ thẩm", amount: Math.max(FIXED_CIVIL_FEE, roundTo(rng.logUniform(6 * MILLION, 200 * MILLION) * 0.05, 1000)) });
      break;
    case "phat_hs":
      criminalFees();
      money.push({ description: rng.chance(0.5) ? "Phạt tiền (hình phạt bổ sung)" : "Phạt tiền (hình phạt chính)", amount: fine(rng, scale) });
      if (rng.chance(upTo(0.1, 0.25, 0.4))) money.push({ description: "Truy thu số tiền thu lợi bất chính để sung ngân sách Nhà nước", amount: roundTo(rng.logUniform(MILLION, upTo(60, 120, 300) * MILLION), 100_000) });
      if (rng.chance(0.08)) nonMoney.push(exhibit(rng));
      break;
    case "tich_thu":
      criminalFees();
      money.push({ description: rng.chance(0.5) ? "Tịch thu sung ngân sách Nhà nước số tiền dùng vào việc phạm tội" : "Truy thu số tiền do phạm tội mà có để sung ngân sách Nhà nước", amount: roundTo(rng.logUniform(MILLION, upTo(60, 150, 400) * MILLION), 100_000) });
      if (rng.chance(0.3)) nonMoney.push(exhibit(rng));
      break;
    case "an_phi_ds":
      money.push({ description: civilFeeLabel(ctx.judgmentType), amount: ctx.judgmentType.endsWith("-PT") || rng.chance(0.4) ? FIXED_CIVIL_FEE : roundTo(rng.logUniform(600_000, 20 * MILLION), 1000) });
      break;
    case "tham_nhung":
      criminalFees();
      money.push({ description: rng.chance(0.5) ? "Nộp lại số tiền chiếm đoạt để sung ngân sách Nhà nước" : "Bồi thường thiệt hại cho Nhà nước", amount: roundTo(rng.logUniform(3 * BILLION, 20 * BILLION), 1000) });
      money.push({ description: "Án phí dân sự sơ thẩm", amount: 20 * MILLION });
      break;
    case "vay_no": {
      const principal = roundTo(rng.logUniform(upTo(10, 30, 30) * MILLION, upTo(150, 600, 1500) * MILLION), MILLION);
      money.push({ description: `Trả nợ tiền vay cho ${ctx.creditorLabel}`, amount: principal });
      if (rng.chance(0.55)) money.push({ description: "Tiền lãi chậm trả tính đến ngày xét xử sơ thẩm", amount: roundTo(principal * (0.05 + rng.next() * 0.25), 1000) });
      break;
    }
    case "boi_thuong":
      money.push({
        description: `${ctx.judgmentType.startsWith("HS") ? "Bồi thường thiệt hại về sức khỏe" : "Bồi thường thiệt hại về tài sản"} cho ${ctx.creditorLabel}`,
        amount: roundTo(rng.logUniform(upTo(5, 10, 20) * MILLION, upTo(80, 300, 500) * MILLION), 100_000),
      });
      if (rng.chance(0.25)) money.push({ description: "Bồi thường tổn thất về tinh thần", amount: roundTo(rng.logUniform(3 * MILLION, 30 * MILLION), 100_000) });
      break;
    case "hon_nhan":
      if (rng.chance(0.6)) {
        money.push({ description: `Thanh toán chênh lệch giá trị tài sản chung cho ${ctx.creditorLabel}`, amount: roundTo(rng.logUniform(upTo(10, 30, 30) * MILLION, upTo(200, 600, 800) * MILLION), MILLION) });
      } else {
        const months = rng.int(6, 36);
        const monthly = rng.pick([1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000]);
        money.push({ description: `Cấp dưỡng nuôi con chung (${months} tháng, mỗi tháng ${formatVnd(monthly)} đồng)`, amount: months * monthly });
      }
      break;
    case "ngan_hang": {
      const principal = ctx.debtorIsCompany
        ? companyBankDebt(rng, scale)
        : roundTo(rng.logUniform(upTo(50, 100, 200) * MILLION, upTo(400, 1500, 3000) * MILLION), MILLION);
      money.push(...bankDebtObligations(rng, principal, ctx.creditorLabel, false));
      if (rng.chance(0.4)) nonMoney.push(`Trường hợp không trả được nợ, ngân hàng có quyền yêu cầu cơ quan thi hành án dân sự xử lý tài sản bảo đảm là quyền sử dụng đất ${land(rng)} tại ${ctx.place}`);
      break;
    }
    case "dat_dai":
      nonMoney.push(`Trả lại quyền sử dụng đất ${land(rng)} tại ${ctx.place} cho ${ctx.creditorLabel}`);
      if (rng.chance(0.4)) nonMoney.push(`Tháo dỡ công trình, vật kiến trúc xây dựng trên phần đất lấn chiếm có diện tích ${rng.int(8, 95)},${rng.int(1, 9)} m²`);
      break;
  }
  return { money, nonMoney };
}

/** Company bank debts, by scale; tens of tỷ for the largest (domain §2.3: chưa có điều kiện holds the big debts). */
function companyBankDebt(rng: Rng, scale: Scale): number {
  const [min, max] = scale === "small" ? [200, 1000] : scale === "medium" ? [800, 4000] : [2000, 22_000];
  return roundTo(rng.logUniform(min * MILLION, max * MILLION), MILLION);
}

/**
 * Principal and interest of a credit contract. `total` is the principal, or — when `isExactTotal` — the sum to
 * reach exactly (for the cases that balance the plan), split 75/25 with the interest carrying the odd đồng.
 */
export function bankDebtObligations(rng: Rng, total: number, bankLabel: string, isExactTotal: boolean): MoneyLine[] {
  const principal = isExactTotal ? roundTo(total * 0.75, MILLION) : total;
  const interest = isExactTotal ? total - principal : rng.int(Math.round(principal * 0.08), Math.round(principal * 0.45));
  return [
    { description: `Trả nợ gốc cho ${bankLabel}`, amount: principal },
    { description: "Trả nợ lãi trong hạn và lãi quá hạn tính đến ngày xét xử sơ thẩm", amount: interest },
  ];
}

function civilFeeLabel(judgmentType: string): string {
  if (judgmentType.includes("HNGĐ")) return "Án phí hôn nhân và gia đình sơ thẩm";
  if (judgmentType.includes("KDTM")) return "Án phí kinh doanh, thương mại sơ thẩm";
  return judgmentType.endsWith("-PT") ? "Án phí dân sự phúc thẩm" : "Án phí dân sự sơ thẩm";
}
