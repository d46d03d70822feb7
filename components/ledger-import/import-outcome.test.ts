import { expect, test } from "vitest";
import { formatFileSize, importOutcome, rowErrorOf, tooLargeMessage } from "./import-outcome";

test("an error's path gives its row and column", () => {
  expect(rowErrorOf({ path: "line.3.ngay_qd", message: "Sai ngày" })).toEqual({ line: 3, column: "ngay_qd", message: "Sai ngày" });
  expect(rowErrorOf({ path: "line.1", message: "Không nhận ra loại tệp" })).toEqual({ line: 1, column: null, message: "Không nhận ra loại tệp" });
  expect(rowErrorOf({ path: "body", message: "x" })).toEqual({ line: null, column: null, message: "x" });
});

test("a 422 lists the rows; any other failure says that nothing was imported", () => {
  const refused = importOutcome({ ok: false, error: { kind: "problem", status: 422, problem: { detail: "Tệp có 1 lỗi nên không dòng nào được nhập.", errors: [{ path: "line.4.ma_don_vi", message: "Không có đơn vị" }] } } });
  expect(refused).toEqual({ kind: "refused", detail: "Tệp có 1 lỗi nên không dòng nào được nhập.", errors: [{ line: 4, column: "ma_don_vi", message: "Không có đơn vị" }] });
  for (const error of [{ kind: "network" as const }, { kind: "problem" as const, status: 413, problem: {} }, { kind: "problem" as const, status: 500, problem: { detail: "Lỗi hệ thống" } }]) {
    const outcome = importOutcome({ ok: false, error });
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" ? outcome.message : "").toContain("Không dòng nào được nhập.");
  }
  const response = { kind: "ho_so" as const, rows: 2, inserted: { cases: 2, obligations: 2, decisions: 2, moneyEntries: 0 }, skipped: 0 };
  expect(importOutcome({ ok: true, data: response })).toEqual({ kind: "imported", response });
});

test("sizes in Vietnamese, and a file over 20 MB is stopped before it is sent", () => {
  expect(formatFileSize(812)).toBe("812 byte");
  expect(formatFileSize(12_595)).toBe("12,3 KB");
  expect(formatFileSize(3 * 1024 * 1024)).toBe("3 MB");
  expect(tooLargeMessage(20 * 1024 * 1024)).toBeNull();
  expect(tooLargeMessage(20 * 1024 * 1024 + 1)).toContain("20 MB");
});
