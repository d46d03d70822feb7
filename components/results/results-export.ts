import type { ResultNode, ResultsResponse } from "@/lib/domain/api/results";
import type { IsoDate } from "@/lib/domain/dates";
import { doneCount, KIND_LABELS_VI } from "./results-tree";

// One table for both exports (CSV and XLSX): the unit on screen first, then each row of its table, an office's
// officers right after it. Each cell keeps its kind so that each format writes it properly: numbers as numbers,
// dates as dates, percentages as 83.99 (not « 83,99% »), money in whole đồng.

export type ExportCell =
  | { kind: "text"; value: string }
  | { kind: "count" | "money"; value: number }
  | { kind: "percent"; value: number | null }
  | { kind: "date"; value: IsoDate };

export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}

interface RowContext {
  node: ResultNode;
  parent: ResultNode | null;
  response: ResultsResponse;
}

const text = (value: string): ExportCell => ({ kind: "text", value });
const count = (value: number): ExportCell => ({ kind: "count", value });
const money = (value: number): ExportCell => ({ kind: "money", value });
const percent = (value: number | null): ExportCell => ({ kind: "percent", value });

const COLUMNS: readonly { header: string; cell(row: RowContext): ExportCell }[] = [
  { header: "Đơn vị / Chấp hành viên", cell: ({ node }) => text(node.name) },
  { header: "Cấp", cell: ({ node }) => text(KIND_LABELS_VI[node.kind]) },
  { header: "Thuộc đơn vị", cell: ({ parent }) => text(parent?.name ?? "") },
  { header: "Phải thi hành (việc)", cell: ({ node }) => count(node.figures.toEnforce) },
  { header: "Có điều kiện (việc)", cell: ({ node }) => count(node.figures.withConditions) },
  { header: "Xong + đình chỉ (việc)", cell: ({ node }) => count(doneCount(node)) },
  { header: "Tỷ lệ về việc (%)", cell: ({ node }) => percent(node.caseRate) },
  { header: "Chỉ tiêu về việc (%)", cell: ({ node }) => percent(node.caseTarget) },
  { header: "Chênh lệch về việc (điểm %)", cell: ({ node }) => percent(node.caseGap) },
  { header: "Chuyển kỳ sau (việc)", cell: ({ node }) => count(node.carriedForward) },
  { header: "Tiền có điều kiện (đồng)", cell: ({ node }) => money(node.figures.moneyWithConditions) },
  { header: "Tiền đã thi hành (đồng)", cell: ({ node }) => money(node.moneyDone) },
  { header: "Tỷ lệ về tiền (%)", cell: ({ node }) => percent(node.moneyRate) },
  { header: "Chỉ tiêu về tiền (%)", cell: ({ node }) => percent(node.moneyTarget) },
  { header: "Chênh lệch về tiền (điểm %)", cell: ({ node }) => percent(node.moneyGap) },
  { header: "Năm báo cáo", cell: ({ response }) => count(response.reportYear) },
  { header: "Từ ngày", cell: ({ response }) => ({ kind: "date", value: response.start }) },
  { header: "Số liệu đến ngày", cell: ({ response }) => ({ kind: "date", value: response.asOf }) },
];

/** The export of the unit on screen (`node`, the root or a leader's chosen office) from one API answer. */
export function exportTable(response: ResultsResponse, node: ResultNode, children: readonly ResultNode[] = node.children): ExportTable {
  const contexts: RowContext[] = [{ node, parent: null, response }];
  for (const child of children) {
    contexts.push({ node: child, parent: node, response });
    for (const grandchild of child.children) contexts.push({ node: grandchild, parent: child, response });
  }
  return { headers: COLUMNS.map((column) => column.header), rows: contexts.map((row) => COLUMNS.map((column) => column.cell(row))) };
}

/** `ket-qua-tha-2021-den-30-09-2021-hd-tphd.csv`: ASCII, because some mail and file servers mangle the rest. */
export function exportFileName(response: ResultsResponse, node: ResultNode, extension: "csv" | "xlsx"): string {
  const [y, m, d] = response.asOf.split("-");
  const unit = node.kind === "office" && node.code ? `-${node.code.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : "";
  return `ket-qua-tha-${response.reportYear}-den-${d}-${m}-${y}${unit}.${extension}`;
}
