import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "vitest";
import writeXlsxFile from "write-excel-file/universal";
import { exportTable } from "./results-export";
import { columnWidths, toSheetData } from "./results-xlsx";
import { testResponse } from "./test-response";

test("numbers stay numbers with a display format, dates are midnight-UTC dates, a missing rate an empty cell", () => {
  const response = testResponse();
  const data = toSheetData(exportTable(response, response.root));
  expect(data[0]?.[0]).toMatchObject({ value: "Đơn vị / Chấp hành viên", fontWeight: "bold" });
  const provinceRow = data[1] ?? [];
  expect(provinceRow[3]).toEqual({ value: 9334, type: Number, format: "#,##0" });
  expect(provinceRow[6]).toEqual({ value: 83.99, type: Number, format: "0.00" });
  expect(provinceRow[17]).toEqual({ value: new Date("2021-09-30T00:00:00Z"), type: Date, format: "dd/mm/yyyy" });
  expect(data[3]?.[7]).toBeNull();
});

test("the library writes a real workbook from the sheet: shared strings in UTF-8, the rate as a number", async () => {
  const response = testResponse();
  const table = exportTable(response, response.root);
  const blob = await writeXlsxFile(toSheetData(table), { columns: columnWidths(table), sheet: "Kết quả" }).toBlob();
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const sheet = strFromU8(files["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
  const strings = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
  expect(strings).toContain("Cục THADS tỉnh Hải Dương");
  expect(sheet).toContain("<v>83.99</v>");
  expect(sheet).toContain("<v>44469</v>"); // 30/09/2021 as an Excel serial day
});
