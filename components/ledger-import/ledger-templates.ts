import { LEDGER_COLUMNS, type LedgerFileKind } from "@/lib/domain/import/ledger-columns";

// Empty files with the right header, to fill in a spreadsheet: the columns the import reads, required first.
// With a BOM, so that Excel opens the Vietnamese as UTF-8, and CRLF, as Excel writes.

export const TEMPLATE_FILE_NAMES: Readonly<Record<LedgerFileKind, string>> = {
  ho_so: "mau-ho-so.csv",
  quyet_dinh: "mau-quyet-dinh.csv",
  so_tien: "mau-so-tien.csv",
};

export function templateColumns(kind: LedgerFileKind): string[] {
  return [...LEDGER_COLUMNS[kind].required, ...LEDGER_COLUMNS[kind].optional];
}

/** A `data:` link of the template, downloadable without JavaScript or a server round trip. */
export function templateHref(kind: LedgerFileKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateColumns(kind).join(",")}\r\n`)}`;
}
