// RFC 4180 CSV, as Excel, LibreOffice and the national software write it: comma-separated, fields that contain a
// comma, a quote or a line break are quoted, a quote inside is doubled, lines end with CRLF or LF (a lone CR too).
// Why our own ~70 lines rather than a library: lib/domain imports only zod (conventions §1), and the import needs
// each record's row number as a spreadsheet shows it — a quoted line break does not start a new row — and a hard
// error on a quote left open, where lenient parsers guess and carry on. Lenient where the spreadsheets are: a
// quote in the middle of an unquoted field is kept as a character.

export interface CsvRecord {
  /** Row number as a spreadsheet shows it: the first record is 1; blank lines count. */
  line: number;
  cells: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Parses `text` (a leading BOM is skipped). Stops with an error once it passes `limit.records` records. */
export function parseCsv(text: string, limit: { records: number; message: string } = { records: Number.POSITIVE_INFINITY, message: "" }): CsvParseResult {
  const records: CsvRecord[] = [];
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let cells: string[] = [];
  let line = 1;
  while (i < end) {
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(text, i + 1);
      if (quoted === null) return { ok: false, line, message: "Có ô mở dấu ngoặc kép (\") nhưng không đóng lại đến hết tệp" };
      i = quoted.next;
      const after = text.charCodeAt(i);
      if (i < end && !isFieldEnd(after)) {
        return { ok: false, line, message: "Sau dấu ngoặc kép đóng ô phải là dấu phẩy hoặc xuống dòng (dấu ngoặc kép trong ô phải viết đôi \"\")" };
      }
      cells.push(quoted.value);
    } else {
      let j = i;
      while (j < end && !isFieldEnd(text.charCodeAt(j))) j += 1;
      cells.push(text.slice(i, j));
      i = j;
    }
    if (i >= end) break;
    if (text.charCodeAt(i) === COMMA) {
      i += 1;
      if (i >= end) cells.push(""); // "a,b," ends with an empty field
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push({ line, cells });
    if (records.length > limit.records) return { ok: false, line, message: limit.message };
    cells = [];
    line += 1;
  }
  if (cells.length > 0) records.push({ line, cells });
  if (records.length > limit.records) return { ok: false, line, message: limit.message };
  return { ok: true, records };
}

/** A quoted field's value from just after its opening quote; `next` is the index after its closing quote. */
function readQuoted(text: string, start: number): { value: string; next: number } | null {
  let value = "";
  let from = start;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value, next: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

function isFieldEnd(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}

/** A record that a spreadsheet shows as an empty row: no cell has anything but spaces. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === "");
}
