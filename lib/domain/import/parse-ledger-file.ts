import type { z } from "../z";
import { caseRowSchema, type CaseImportRow } from "./case-row";
import { isBlankRecord, parseCsv, type CsvRecord } from "./csv";
import { decisionRowSchema, type DecisionImportRow } from "./decision-row";
import { IMPORT_LIMITS, issuesOfRow, type ImportIssue } from "./import-issue";
import { readHeader } from "./ledger-columns";
import { moneyRowSchema, type MoneyImportRow } from "./money-row";

// A file of the national software's export, read and checked row by row without a database: what can be known
// from the file alone. References (units, officers, cases) are the server's part (lib/server/import).

export interface Lined<Row> {
  line: number;
  row: Row;
}

export type ParsedLedgerFile = { rowCount: number; issues: ImportIssue[] } & (
  | { kind: "ho_so"; rows: Lined<CaseImportRow>[] }
  | { kind: "quyet_dinh"; rows: Lined<DecisionImportRow>[] }
  | { kind: "so_tien"; rows: Lined<MoneyImportRow>[] }
  | { kind: null; rows: [] }
);

/** Bytes as received: UTF-8, with or without a BOM. Anything else (an ANSI/Windows-1258 export) is refused. */
export function decodeLedgerBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; issue: ImportIssue } {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const message = "Tệp không phải UTF-8: trong Excel hãy lưu bằng « CSV UTF-8 (Comma delimited) »";
    return { ok: false, issue: { line: 1, message } };
  }
}

/** Reads a whole file. `today` (yyyy-mm-dd, Vietnam) bounds every date: nothing is decided in the future. */
export function parseLedgerFile(text: string, today: string): ParsedLedgerFile {
  const refused = (issue: ImportIssue): ParsedLedgerFile => ({ kind: null, rows: [], rowCount: 0, issues: [issue] });
  if (text.replace(/^\uFEFF/, "").trim() === "") return refused({ line: 1, message: "Tệp rỗng: không có dòng tiêu đề và dữ liệu" });
  if (text.length > IMPORT_LIMITS.bytes) return refused({ line: 1, message: "Tệp quá lớn: tối đa 20 MB" });
  const tooMany = `Tệp quá lớn: tối đa ${IMPORT_LIMITS.rows.toLocaleString("vi-VN")} dòng dữ liệu; hãy chia thành nhiều tệp`;
  // Blank rows count as rows (the numbering must match the spreadsheet), so the cap allows a few of them.
  const csv = parseCsv(text, { records: IMPORT_LIMITS.rows * 2, message: tooMany });
  if (!csv.ok) return refused({ line: csv.line, message: csv.message });

  const [header, ...records] = csv.records;
  if (!header || isBlankRecord(header)) return refused({ line: 1, message: "Dòng 1 phải là dòng tiêu đề (tên các cột)" });
  const read = readHeader(header.cells);
  if (!read.ok) return { kind: null, rows: [], rowCount: 0, issues: read.issues };
  const data = records.filter((record) => !isBlankRecord(record));
  if (data.length === 0) return refused({ line: 2, message: "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào" });
  if (data.length > IMPORT_LIMITS.rows) return refused({ line: data[IMPORT_LIMITS.rows]?.line ?? 2, message: tooMany });

  switch (read.kind) {
    case "ho_so":
      return { kind: "ho_so", ...readRows(data, read.columns, caseRowSchema(today)) };
    case "quyet_dinh":
      return { kind: "quyet_dinh", ...readRows(data, read.columns, decisionRowSchema(today)) };
    case "so_tien":
      return { kind: "so_tien", ...readRows(data, read.columns, moneyRowSchema(today)) };
  }
}

function readRows<Row>(records: readonly CsvRecord[], columns: readonly string[], schema: z.ZodType<Row>) {
  const rows: Lined<Row>[] = [];
  const issues: ImportIssue[] = [];
  for (const record of records) {
    if (record.cells.length !== columns.length) {
      issues.push({ line: record.line, message: `Dòng có ${record.cells.length} ô nhưng dòng tiêu đề có ${columns.length} cột (thừa hoặc thiếu dấu phẩy?)` });
      continue;
    }
    // An empty cell is a missing value, so that "required" is reported as such.
    const cells: Record<string, string | undefined> = {};
    columns.forEach((column, index) => {
      const cell = record.cells[index] ?? "";
      cells[column] = cell.trim() === "" ? undefined : cell;
    });
    const parsed = schema.safeParse(cells);
    if (parsed.success) rows.push({ line: record.line, row: parsed.data });
    else issues.push(...issuesOfRow(record.line, parsed.error));
  }
  return { rows, issues, rowCount: records.length };
}

