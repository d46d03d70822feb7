import { expect, test } from "vitest";
import type { ApiError } from "@/lib/client/api-client";
import { resultsErrorMessage } from "./results-problem";

test("the server's detail and field messages are shown as they are", () => {
  const error: ApiError = {
    kind: "problem",
    status: 400,
    problem: { detail: "Dữ liệu không hợp lệ.", errors: [{ path: "query.asOf", message: "Ngày số liệu phải trong năm báo cáo 2021 (01/10/2020 – 30/09/2021)" }] },
  };
  expect(resultsErrorMessage(error)).toBe("Dữ liệu không hợp lệ. Ngày số liệu phải trong năm báo cáo 2021 (01/10/2020 – 30/09/2021)");
});

test("without a detail, a known status has its own words and an unknown one its number", () => {
  expect(resultsErrorMessage({ kind: "problem", status: 403, problem: {} })).toBe("Bạn không có quyền xem kết quả của đơn vị này.");
  expect(resultsErrorMessage({ kind: "problem", status: 502, problem: {} })).toBe("Lỗi máy chủ (502).");
  expect(resultsErrorMessage({ kind: "network" })).toContain("Không kết nối được máy chủ");
});
