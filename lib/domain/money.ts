// VND has no minor unit (ISO 4217 exponent 0): amounts are integer đồng. The database stores bigint; on the
// wire and in the browser a JS number is exact up to 2^53 (≈ 9·10^15 đồng), above any single case.
/** An amount in integer đồng (validated by `MoneySchema` in money-schema.ts). */
export type Money = number;

const VND_GROUPING = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** `1529000000` → `1.529.000.000 đ` (Vietnamese grouping with "."). */
export function formatVnd(amount: number): string {
  return `${VND_GROUPING.format(amount)} đ`;
}

/** A percentage with two decimals in Vietnamese style: `83.99` → `83,99%`. */
export function formatPercentVi(value: number): string {
  return `${value.toFixed(2).replace(".", ",")}%`;
}
