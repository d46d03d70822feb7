import { expect, test } from "vitest";
import { isBlankRecord, parseCsv } from "./csv";

function cellsOf(text: string): string[][] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.records.map((record) => record.cells);
}

test("comma-separated fields, CRLF or LF or CR line ends, no empty record for the final line end", () => {
  expect(cellsOf("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
  expect(cellsOf("a,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
  expect(cellsOf("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
  expect(cellsOf("a,,b,\n")).toEqual([["a", "", "b", ""]]);
  expect(cellsOf("")).toEqual([]);
});

test("quoted fields keep commas, line breaks and doubled quotes", () => {
  expect(cellsOf('"Công ty TNHH ""An Phát"", chi nhánh Hải Dương",x\r\n')).toEqual([['Công ty TNHH "An Phát", chi nhánh Hải Dương', "x"]]);
  expect(cellsOf('a,"dòng 1\r\ndòng 2\nđòng 3",b\r\nc,d,e')).toEqual([["a", "dòng 1\r\ndòng 2\nđòng 3", "b"], ["c", "d", "e"]]);
  expect(cellsOf('"",""\n')).toEqual([["", ""]]);
});

test("a quoted line break does not start a new row: row numbers are the spreadsheet's", () => {
  const result = parseCsv('h1,h2\n"x\ny",1\n\nz,2\n');
  expect(result.ok && result.records.map((record) => record.line)).toEqual([1, 2, 3, 4]);
  expect(result.ok && result.records.map(isBlankRecord)).toEqual([false, false, true, false]);
});

test("a leading BOM is not part of the first header", () => {
  expect(cellsOf("\uFEFFma_don_vi,ma_ho_so\n")).toEqual([["ma_don_vi", "ma_ho_so"]]);
});

test("a quote inside an unquoted field is kept, as spreadsheets do", () => {
  expect(cellsOf('Cửa hàng 5" Minh,x\n')).toEqual([['Cửa hàng 5" Minh', "x"]]);
});

test("a quote left open, or text after a closing quote, is an error naming the row where it starts", () => {
  expect(parseCsv('a,b\nc,"không đóng\nd,e\n')).toEqual({ ok: false, line: 2, message: expect.stringContaining("không đóng lại") });
  expect(parseCsv('a,b\n"x"y,z\n')).toEqual({ ok: false, line: 2, message: expect.stringContaining("Sau dấu ngoặc kép") });
});

test("stops at the record limit", () => {
  const result = parseCsv("a\nb\nc\nd\n", { records: 2, message: "quá nhiều" });
  expect(result).toEqual({ ok: false, line: 3, message: "quá nhiều" });
  expect(parseCsv("a\nb\n", { records: 2, message: "quá nhiều" }).ok).toBe(true);
});
