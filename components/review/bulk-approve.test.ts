import { expect, test } from "vitest";
import type { ApiError } from "@/lib/client/api-client";
import { err, ok, type Result } from "@/lib/domain/result";
import { approveEach } from "./bulk-approve";
import { apiErrorMessage, fieldErrorsOf } from "./problem-text";

const CONFLICT: ApiError = { kind: "problem", status: 409, problem: { detail: "Biên bản đã được duyệt; không thể duyệt lại" } };

test("a 409 on one record does not stop the others, and progress counts every attempt", async () => {
  const sent: string[] = [];
  const progress: string[] = [];
  const outcome = await approveEach(
    ["a", "b", "c"],
    async (id): Promise<Result<unknown, ApiError>> => {
      sent.push(id);
      return id === "b" ? err(CONFLICT) : ok({});
    },
    (done, total) => progress.push(`${done}/${total}`),
  );
  expect(sent).toEqual(["a", "b", "c"]);
  expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  expect(outcome).toEqual({ approved: ["a", "c"], failures: [{ id: "b", message: "Biên bản đã được duyệt; không thể duyệt lại" }], isStoppedBySignOut: false });
});

test("a signed-out session stops the run and lists the rest as not approved", async () => {
  const outcome = await approveEach(["a", "b", "c"], async (id) => (id === "a" ? ok({}) : err({ kind: "unauthenticated" as const })));
  expect(outcome.approved).toEqual(["a"]);
  expect(outcome.isStoppedBySignOut).toBe(true);
  expect(outcome.failures.map((failure) => failure.id)).toEqual(["b", "c"]);
});

test("nothing selected sends nothing", async () => {
  expect(await approveEach([], async () => ok({}))).toEqual({ approved: [], failures: [], isStoppedBySignOut: false });
});

test("error messages prefer the server's Vietnamese detail, then a message per status", () => {
  expect(apiErrorMessage(CONFLICT)).toBe("Biên bản đã được duyệt; không thể duyệt lại");
  expect(apiErrorMessage({ kind: "problem", status: 403, problem: { title: "Forbidden" } })).toContain("không có quyền");
  expect(apiErrorMessage({ kind: "problem", status: 500, problem: {} })).toBe("Lỗi máy chủ (500).");
  expect(apiErrorMessage({ kind: "network" })).toContain("Không kết nối được");
});

test("field errors are keyed by the path under the prefix, first message wins", () => {
  const problem = {
    errors: [
      { path: "body.reason.text", message: "Lý do trả lại cần ít nhất 5 ký tự" },
      { path: "body.reason.text", message: "second" },
      { path: "body.reason.category", message: "Chọn loại lý do" },
      { path: "query.page", message: "ignored" },
    ],
  };
  expect(fieldErrorsOf(problem, "body.reason")).toEqual({ text: "Lý do trả lại cần ít nhất 5 ký tự", category: "Chọn loại lý do" });
  expect(fieldErrorsOf({}, "body.reason")).toEqual({});
});
