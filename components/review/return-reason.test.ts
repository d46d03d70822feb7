import { expect, test } from "vitest";
import { reasonErrorsFromServer, reasonErrorsOf, withoutError } from "./return-reason";

test("a category and a text of five characters or more make a reason, trimmed", () => {
  expect(reasonErrorsOf("thieu_chu_ky", "  Thiếu chữ ký người chứng kiến  ")).toEqual({
    reason: { category: "thieu_chu_ky", text: "Thiếu chữ ký người chứng kiến" },
    errors: {},
  });
});

test("a missing category and a short text give one Vietnamese message each", () => {
  const { reason, errors } = reasonErrorsOf(null, " ab ");
  expect(reason).toBeNull();
  expect(errors).toEqual({ category: "Chọn loại lý do trả lại", text: "Lý do trả lại cần ít nhất 5 ký tự, nói rõ cần sửa gì" });
  expect(reasonErrorsOf("khac", "").errors.text).toBe("Lý do trả lại cần ít nhất 5 ký tự, nói rõ cần sửa gì");
});

test("server field errors map onto the form's fields; others are ignored", () => {
  expect(reasonErrorsFromServer({ text: "Quá dài", other: "x" })).toEqual({ text: "Quá dài" });
});

test("editing a field removes only its error", () => {
  expect(withoutError({ category: "a", text: "b" }, "text")).toEqual({ category: "a" });
  expect("text" in withoutError({ text: "b" }, "text")).toBe(false);
});
