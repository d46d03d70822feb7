import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { LocalRecord } from "@/lib/client/db/field-database";
import { finalLocalRecord } from "@/test/local-record";
import { recordReviewLabel } from "../sync/record-review-label";
import { finalBannerClasses, RecordReviewNote } from "./record-review-note";

const RETURNED = finalLocalRecord({
  type: "dinh_gia",
  sync: { state: "synced", serverSeq: 3, receivedAt: "2026-11-29T02:00:00.000Z" },
  review: { state: "returned", decidedAt: "2026-12-01T03:00:00.000Z", reason: { category: "sai_thong_tin", text: "Giá khởi điểm ghi sai" }, supersededBy: null },
});

function text(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}

function byTestId(html: string, testId: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`, "g"))].map((match) => match[1] ?? "");
}

test("a returned record reads « Bị trả lại ngày dd/mm/yyyy: <category> — <reason> », state and reason tagged for the tests", () => {
  const label = recordReviewLabel(RETURNED);
  if (!label) throw new Error("no label");
  const html = renderToStaticMarkup(<RecordReviewNote record={RETURNED} label={label} />);
  expect(text(html)).toBe("Bị trả lại ngày 01/12/2026: Thông tin chưa chính xác — Giá khởi điểm ghi sai");
  expect(byTestId(html, "record-review-state")).toEqual(["Bị trả lại ngày 01/12/2026"]);
  expect(byTestId(html, "return-reason")).toEqual(["Thông tin chưa chính xác — Giá khởi điểm ghi sai"]);
  expect(finalBannerClasses(label)).toContain("border-red-400");
});

test("an approved record shows a green « Đã duyệt » badge with the decision's date", () => {
  const approved: LocalRecord = { ...RETURNED, review: { state: "approved", decidedAt: "2026-12-03T03:00:00.000Z", reason: null, supersededBy: null } };
  const label = recordReviewLabel(approved);
  if (!label) throw new Error("no label");
  const html = renderToStaticMarkup(<RecordReviewNote record={approved} label={label} />);
  expect(byTestId(html, "record-review-state")).toEqual(["Đã duyệt ngày 03/12/2026"]);
  expect(html).toContain("bg-green-700");
  expect(html).not.toContain("return-reason");
});
