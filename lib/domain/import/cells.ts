import { PostponementGroundSchema } from "../case-status-schemas";
import { formatDateVi } from "../dates";
import { IsoDateSchema } from "../date-schemas";
import { MoneySchema } from "../money-schema";
import { normalizeSearchText } from "../search-text";
import { requiredOr, z } from "../z";

// One schema per kind of cell of the import files (docs/import-format.md). A cell arrives as text, or undefined
// when it is empty; the messages name what is expected, in the words of the person who fixes the spreadsheet.

/** `Chưa có điều kiện` → `chua_co_dieu_kien`: codes may be written as the labels people read. */
export function tokenOf(text: string): string {
  return normalizeSearchText(text).replace(/[\s-]+/g, "_");
}

/** A code among `codes`, also accepted as one of its labels (with or without diacritics, any case). */
export function codeCell<const T extends string>(codes: readonly T[], labels: Partial<Record<T, readonly string[]>>, message: string) {
  const byToken = new Map<string, T>(codes.map((code) => [code, code]));
  for (const code of codes) for (const label of labels[code] ?? []) byToken.set(tokenOf(label), code);
  return z
    .string({ error: requiredOr(message) })
    .transform((value) => byToken.get(tokenOf(value)) ?? value)
    .pipe(z.enum(codes, { error: message }));
}

export function textCell(label: string, min: number, max: number) {
  return z
    .string({ error: requiredOr(`${label} phải là chữ`) })
    .trim()
    .min(min, { error: `${label} quá ngắn (ít nhất ${min} ký tự)` })
    .max(max, { error: `${label} quá dài (tối đa ${max} ký tự)` });
}

const DATE_FORMAT_MESSAGE = "Ngày phải có dạng dd/mm/yyyy (ví dụ 05/12/2025) hoặc yyyy-mm-dd";
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** dd/mm/yyyy as the national software exports (d/m/yyyy too, as Excel writes it), or ISO; never after `today`. */
export function dateCell(today: string) {
  return z
    .string({ error: requiredOr(DATE_FORMAT_MESSAGE) })
    .trim()
    .transform((value) => {
      const dmy = DAY_MONTH_YEAR.exec(value);
      return dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, "0")}-${dmy[1]?.padStart(2, "0")}` : value;
    })
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: DATE_FORMAT_MESSAGE, abort: true }).pipe(IsoDateSchema))
    .refine((date) => date >= "1950-01-01", { error: "Năm trước 1950: kiểm tra lại ngày" })
    .refine((date) => date <= today, { error: `Ngày ở sau hôm nay (${formatDateVi(today)})` });
}

const MONEY_MESSAGE = "Số tiền phải là số nguyên đồng: chỉ chữ số, có thể có dấu chấm ngăn hàng nghìn (ví dụ 1.529.000)";

/** Whole đồng: `1529000` or `1.529.000` (Vietnamese grouping). A comma is refused: `1,5` would be 1.5 in Vietnam. */
export const MoneyCell = z
  .string({ error: requiredOr(MONEY_MESSAGE) })
  .trim()
  .regex(/^(\d{1,3}(\.\d{3})+|\d{1,16})$/, { error: MONEY_MESSAGE, abort: true })
  .transform((value) => Number(value.replaceAll(".", "")))
  .pipe(MoneySchema);

// Codes of units (HD.TPHD) and of cases in the national software. "|" is excluded: it separates the parts of the
// names the ids are derived from (ledger-ids.ts).
export const UnitCodeCell = z
  .string({ error: requiredOr("Mã đơn vị là bắt buộc") })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_.-]{2,32}$/, { error: "Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch (2–32 ký tự), ví dụ HD.TPHD" });

export const CaseCodeCell = z
  .string({ error: requiredOr("Mã hồ sơ là bắt buộc") })
  .trim()
  .normalize("NFC")
  .regex(/^[\p{L}\d._/-]{1,60}$/u, { error: "Mã hồ sơ chỉ gồm chữ, số và . _ / - (tối đa 60 ký tự, không có khoảng trắng)" });

/** The place of a decision in the case's history: 1, 2, 3 … (0 is the QĐTHA, which the case file brings). */
export const SeqCell = z
  .string({ error: requiredOr("Số thứ tự quyết định phải là số nguyên") })
  .trim()
  .regex(/^\d{1,4}$/, { error: "Số thứ tự quyết định phải là số nguyên từ 1 đến 9999", abort: true })
  .transform(Number)
  .refine((seq) => seq >= 1, { error: "Số thứ tự 0 là quyết định thi hành án, đã có trong tệp hồ sơ; các quyết định sau đánh số từ 1" });

const GROUND_MESSAGE = "Căn cứ là một điểm của điều luật: a, b, c, d, đ, e, g hoặc h";

/** The point (điểm) of Đ.44a or Đ.48 k.1: `c`, `điểm c`, `đ` (stored `dd`, as PostponementGroundSchema spells it). */
export const GroundCell = z
  .string({ error: requiredOr(GROUND_MESSAGE) })
  .trim()
  .transform((value) => {
    const point = value.toLowerCase().replace(/^(điểm|diem)\s+/u, "");
    return point === "đ" ? "dd" : point;
  })
  .pipe(z.enum(PostponementGroundSchema.options, { error: GROUND_MESSAGE }));
