import { expect, test } from "vitest";
import { CaseStatusSchema } from "../case-status-schemas";
import { headDecisionNeeded } from "./head-decision";

test("a verification calls for a decision only when it contradicts the case's status", () => {
  const none = { conclusion: "chua_co_dieu_kien" as const, ground: "a" as const };
  const some = { conclusion: "co_dieu_kien" as const };
  expect(headDecisionNeeded(none, "dang_thi_hanh")).toBe("xac_dinh_chua_co_dieu_kien");
  expect(headDecisionNeeded(some, "chua_co_dieu_kien")).toBe("tiep_tuc_thi_hanh");
  expect(headDecisionNeeded(none, "chua_co_dieu_kien")).toBeNull();
  expect(headDecisionNeeded(some, "dang_thi_hanh")).toBeNull();
  for (const status of CaseStatusSchema.options.filter((s) => s !== "dang_thi_hanh" && s !== "chua_co_dieu_kien")) {
    expect(headDecisionNeeded(none, status), status).toBeNull();
    expect(headDecisionNeeded(some, status), status).toBeNull();
  }
});
