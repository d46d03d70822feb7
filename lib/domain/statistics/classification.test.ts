import { expect, test } from "vitest";
import { CaseStatusSchema } from "../case-status-schemas";
import { classifyStatus } from "./classification";

test("finished and ongoing cases count in the denominator", () => {
  expect(classifyStatus("thi_hanh_xong", null)).toEqual({ statClass: "co_dieu_kien", isFinished: true });
  expect(classifyStatus("dang_thi_hanh", null)).toEqual({ statClass: "co_dieu_kien", isFinished: false });
});

test("đình chỉ counts as finished (numerator and denominator)", () => {
  expect(classifyStatus("dinh_chi", null)).toEqual({ statClass: "co_dieu_kien", isFinished: true });
});

test("chưa có điều kiện and tạm đình chỉ stay out of the denominator", () => {
  for (const ground of ["a", "b", "c"]) {
    expect(classifyStatus("chua_co_dieu_kien", ground).statClass).toBe("chua_co_dieu_kien");
  }
  expect(classifyStatus("tam_dinh_chi", null).statClass).toBe("chua_co_dieu_kien");
});

test("hoãn on ground c (the parties agree) has conditions; every other ground has not", () => {
  expect(classifyStatus("hoan", "c")).toEqual({ statClass: "co_dieu_kien", isFinished: false });
  for (const ground of ["a", "b", "d", "dd", "e", "g", "h"]) {
    expect(classifyStatus("hoan", ground).statClass).toBe("chua_co_dieu_kien");
  }
});

test("transferred, separately tracked and returned cases leave the case-load", () => {
  for (const status of ["uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"] as const) {
    expect(classifyStatus(status, null)).toEqual({ statClass: "excluded", isFinished: false });
  }
});

test("only thi hành xong and đình chỉ are finished", () => {
  const finished = CaseStatusSchema.options.filter((status) => classifyStatus(status, null).isFinished);
  expect(finished.sort()).toEqual(["dinh_chi", "thi_hanh_xong"]);
});
