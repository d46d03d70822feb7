import type { ResultCasesResponse } from "@/lib/domain/api/result-cases";
import { formatDateVi } from "@/lib/domain/dates";
import { formatVnd } from "@/lib/domain/money";
import { FIGURE_LABELS_VI, KIND_FILTER_LABELS_VI } from "./figure-labels";

// What the list is, said once at the top: « Việc thi hành xong — Chi cục THADS TP Hải Dương — đến 30/09/2021 ».

const COUNT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

export function listTitle(response: Pick<ResultCasesResponse, "figure" | "kind" | "unit" | "officer" | "asOf">): string {
  const kind = KIND_FILTER_LABELS_VI[response.kind];
  const what = `${FIGURE_LABELS_VI[response.figure]}${kind ? ` (${kind})` : ""}`;
  const { officer, unit } = response;
  const whose = officer === null ? unit.name : officer.id === null ? `${unit.name}, chưa phân công Chấp hành viên` : `${unit.name}, Chấp hành viên ${officer.name}`;
  return `${what} — ${whose} — đến ${formatDateVi(response.asOf)}`;
}

/** « 1.234 việc », and for a money figure the sum the list adds up to. */
export function listTotal(response: Pick<ResultCasesResponse, "total" | "amountTotal">): string {
  const cases = `${COUNT.format(response.total)} việc`;
  return response.amountTotal === null ? cases : `${cases}, tổng ${formatVnd(response.amountTotal)}`;
}
