import { expect, test } from "vitest";
import { ledgerBackLink } from "./ledger-back-link";

test("opened from a results list, « ← » returns to that list with its filters; otherwise to the review queue", () => {
  expect(ledgerBackLink("/results/cases?unit=u1&figure=case_done&page=3")).toEqual({
    href: "/results/cases?unit=u1&figure=case_done&page=3",
    label: "← Danh sách việc (kết quả thi hành án)",
  });
  expect(ledgerBackLink("/results/cases").href).toBe("/results/cases");
  expect(ledgerBackLink(null)).toEqual({ href: "/review", label: "← Duyệt biên bản" });
});

test("a crafted `from` never leads elsewhere", () => {
  for (const from of ["//evil.example/results/cases", "https://evil.example/", "/results/casesX", "/login", "javascript:alert(1)", ""]) {
    expect(ledgerBackLink(from).href, from).toBe("/review");
  }
});
