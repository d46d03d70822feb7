import { expect, test } from "vitest";
import { addDays } from "../dates";
import { isReviewOverdue, lastOverdueReceiptDate, reviewDueDate } from "./review-due";

test("three working days after receipt: a Friday's record is due on Wednesday", () => {
  expect(reviewDueDate("2026-11-27", 3)).toBe("2026-12-02");
  expect(isReviewOverdue("2026-11-27", "2026-12-02", 3)).toBe(false);
  expect(isReviewOverdue("2026-11-27", "2026-12-03", 3)).toBe(true);
});

test("holidays do not count: a record received before Quốc khánh 2026 waits past it", () => {
  const due = reviewDueDate("2026-08-31", 3);
  expect(due > "2026-09-03").toBe(true);
});

test("the SQL cutoff agrees with the per-record rule for every receipt date around it", () => {
  for (const today of ["2026-11-29", "2026-12-02", "2027-02-10", "2026-09-04"]) {
    for (const days of [1, 3, 5]) {
      const cutoff = lastOverdueReceiptDate(today, days);
      for (let offset = -30; offset <= 0; offset += 1) {
        const received = addDays(today, offset);
        expect(isReviewOverdue(received, today, days), `${received} today ${today} n=${days}`).toBe(received <= cutoff);
      }
    }
  }
});
