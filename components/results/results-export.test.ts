import { expect, test } from "vitest";
import { toCsv } from "./results-csv";
import { exportFileName, exportTable } from "./results-export";
import { testResponse } from "./test-response";

test("the export starts with the unit on screen, then each office followed by its officers", () => {
  const response = testResponse();
  const table = exportTable(response, response.root);
  expect(table.rows.map((row) => row[1])).toEqual([
    { kind: "text", value: "Cục" },
    { kind: "text", value: "Chi cục" },
    { kind: "text", value: "Chấp hành viên" },
  ]);
  expect(table.rows[2]?.[2]).toEqual({ kind: "text", value: "Chi cục THADS thành phố Hải Dương" });
  for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
});

test("the CSV has a BOM, Vietnamese headers, plain numbers, dd/mm/yyyy dates and CRLF lines", () => {
  const response = testResponse();
  const csv = toCsv(exportTable(response, response.root));
  expect(csv.startsWith("\uFEFFĐơn vị / Chấp hành viên,Cấp,Thuộc đơn vị,Phải thi hành (việc),")).toBe(true);
  const lines = csv.split("\r\n");
  expect(lines).toHaveLength(5); // header, three rows, and the final CRLF
  expect(lines.at(-1)).toBe("");
  expect(lines[1]).toBe("Cục THADS tỉnh Hải Dương,Cục,,9334,7581,6367,83.99,82.5,1.49,2967,1529000000,676735400,44.26,40.1,4.16,2021,01/10/2020,30/09/2021");
  expect(lines[2]).toContain(",39.75,40.1,-0.35,");
});

test("a field with a comma or quotes is quoted with its quotes doubled; a missing rate is an empty field", () => {
  const response = testResponse();
  const officerLine = toCsv(exportTable(response, response.root)).split("\r\n")[3] ?? "";
  expect(officerLine.startsWith('"Nguyễn Văn ""Ba"", CHV",Chấp hành viên,')).toBe(true);
  expect(officerLine).toContain(",80,,,"); // rate 80, no target, no gap
});

test("file names are ASCII, with the year, the date and an office's code", () => {
  const response = testResponse();
  expect(exportFileName(response, response.root, "csv")).toBe("ket-qua-tha-2021-den-30-09-2021.csv");
  const office = response.root.children[0];
  if (!office) throw new Error("fixture");
  expect(exportFileName(response, office, "xlsx")).toBe("ket-qua-tha-2021-den-30-09-2021-hd-tphd.xlsx");
});
