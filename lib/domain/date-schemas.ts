import { requiredOr, z } from "./z";

// The wire formats of dates (ISO 8601), apart from dates.ts so that screens which only show dates do not load
// zod (issue #7: first-load JS).

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const IsoDateSchema = z
  .string({ error: requiredOr("Ngày phải là chuỗi yyyy-mm-dd") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày phải theo định dạng yyyy-mm-dd", abort: true })
  .refine(isRealCalendarDate, { error: "Ngày không tồn tại trên lịch" });

export const IsoDateTimeSchema = z.iso.datetime({ offset: true, error: requiredOr("Thời điểm không hợp lệ: cần đủ ngày, giờ, phút và múi giờ") });
