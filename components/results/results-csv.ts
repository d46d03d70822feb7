import { formatDateVi } from "@/lib/domain/dates";
import type { ExportCell, ExportTable } from "./results-export";

// CSV for Excel and LibreOffice. The BOM makes Excel read UTF-8 (without it Vietnamese comes out as mojibake);
// no « sep= » line, since Excel then ignores the BOM. Numbers are plain (83.99, 1529000000), without grouping,
// so a spreadsheet can add them up; dates are dd/mm/yyyy as Vietnamese users type them. RFC 4180: CRLF, and a
// field with a comma, a quote or a line break is quoted with its quotes doubled.

const BOM = "\uFEFF";

function escapeField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(cell: ExportCell): string {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "count":
    case "money":
      return String(cell.value);
    case "percent":
      return cell.value === null ? "" : String(cell.value);
    case "date":
      return formatDateVi(cell.value);
  }
}

export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map(cellText))].map((fields) => fields.map(escapeField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
