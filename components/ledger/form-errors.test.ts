import { expect, test } from "vitest";
import { errorsFromApi, errorsFromIssues } from "./form-errors";

test("local issues and server field errors land on the same field names; the first message wins", () => {
  expect(errorsFromIssues([{ path: ["ground"], message: "Thiếu căn cứ" }, { path: ["ground"], message: "khác" }, { path: [], message: "chung" }])).toEqual({ ground: "Thiếu căn cứ", form: "chung" });
  const problem = { kind: "problem" as const, status: 400, problem: { errors: [{ path: "body.decisionDate", message: "Ngày không được sau hôm nay" }] } };
  expect(errorsFromApi(problem)).toEqual({ decisionDate: "Ngày không được sau hôm nay" });
});

test("a problem without field errors, and transport failures, become a form-level message", () => {
  expect(errorsFromApi({ kind: "problem", status: 403, problem: { detail: "Chỉ lãnh đạo Chi cục của hồ sơ được ghi" } })).toEqual({ form: "Chỉ lãnh đạo Chi cục của hồ sơ được ghi" });
  expect(errorsFromApi({ kind: "network" }).form).toContain("kết nối");
});
