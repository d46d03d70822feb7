import { expect, test } from "vitest";
import { STATUS_LABELS_VI } from "./case-status";
import { CaseStatusSchema, DecisionNumberSchema, StatusEntrySchema } from "./case-status-schemas";

const entry = { status: "dang_thi_hanh", ground: null, decisionNumber: "125/QĐ-THADS", decisionDate: "2026-07-10", signer: "Trần Quốc Hưng" };

test("a status without grounds takes none", () => {
  expect(StatusEntrySchema.safeParse(entry).success).toBe(true);
  const result = StatusEntrySchema.safeParse({ ...entry, status: "dinh_chi", ground: "a" });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(["ground"]);
});

test("chưa có điều kiện and hoãn must give their ground", () => {
  expect(StatusEntrySchema.safeParse({ ...entry, status: "chua_co_dieu_kien", ground: null }).success).toBe(false);
  expect(StatusEntrySchema.safeParse({ ...entry, status: "hoan", ground: null }).success).toBe(false);
  expect(StatusEntrySchema.safeParse({ ...entry, status: "chua_co_dieu_kien", ground: "c" }).success).toBe(true);
  expect(StatusEntrySchema.safeParse({ ...entry, status: "hoan", ground: "dd" }).success).toBe(true);
});

test("chưa có điều kiện has only grounds a, b and c (Đ.44a)", () => {
  const result = StatusEntrySchema.safeParse({ ...entry, status: "chua_co_dieu_kien", ground: "e" });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path)).toEqual([["ground"]]);
});

test("rejects grounds that are not points of Đ.48", () => {
  expect(StatusEntrySchema.safeParse({ ...entry, status: "hoan", ground: "f" }).success).toBe(false);
});

test("decision numbers look like 123/QĐ-CCTHADS", () => {
  expect(DecisionNumberSchema.safeParse("123/QĐ-CCTHADS").success).toBe(true);
  expect(DecisionNumberSchema.safeParse("QĐ-CCTHADS").success).toBe(false);
  expect(DecisionNumberSchema.safeParse("123").success).toBe(false);
});

test("every status has a Vietnamese label", () => {
  for (const status of CaseStatusSchema.options) expect(STATUS_LABELS_VI[status].length).toBeGreaterThan(3);
});
