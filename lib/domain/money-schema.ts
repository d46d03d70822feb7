import { z } from "./z";

// Apart from money.ts so that screens which only show amounts do not load zod (issue #7: first-load JS).
export const MoneySchema = z
  .number({ error: "Số tiền phải là số" })
  .int({ error: "Số tiền phải là số nguyên (đồng), không có phần lẻ" })
  .nonnegative({ error: "Số tiền không được âm" })
  .max(Number.MAX_SAFE_INTEGER, { error: "Số tiền quá lớn" });
