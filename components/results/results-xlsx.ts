import type { Cell, SheetData } from "write-excel-file/browser";
import type { ExportCell, ExportTable } from "./results-export";

// The XLSX export's sheet: real numbers and dates, so Excel can sum, sort and chart them; formats only decide
// how they look (grouping and the date order follow the reader's Excel, dd/mm/yyyy here). Only types come
// from write-excel-file: the library itself is loaded when the user asks for the file (results-export-bar).

const NUMBER_FORMATS = { count: "#,##0", money: "#,##0", percent: "0.00" } as const;

function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  // Midnight UTC is a whole Excel serial day; a local midnight would be off by the browser's offset.
  return new Date(Date.UTC(y ?? Number.NaN, (m ?? Number.NaN) - 1, d ?? Number.NaN));
}

function toCell(cell: ExportCell): Cell {
  switch (cell.kind) {
    case "text":
      return { value: cell.value, type: String };
    case "count":
    case "money":
      return { value: cell.value, type: Number, format: NUMBER_FORMATS[cell.kind] };
    case "percent":
      return cell.value === null ? null : { value: cell.value, type: Number, format: NUMBER_FORMATS.percent };
    case "date":
      return { value: isoToUtcDate(cell.value), type: Date, format: "dd/mm/yyyy" };
  }
}

export function toSheetData(table: ExportTable): SheetData {
  const header: Cell[] = table.headers.map((title) => ({ value: title, type: String, fontWeight: "bold", wrap: true }));
  return [header, ...table.rows.map((row) => row.map(toCell))];
}

/** Column widths in characters: the name wide, the figures enough for « 1.529.000.000 ». */
export function columnWidths(table: ExportTable): { width: number }[] {
  return table.headers.map((_, index) => ({ width: index === 0 || index === 2 ? 32 : 16 }));
}
