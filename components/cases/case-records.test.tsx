import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { LocalRecord } from "@/lib/client/db/field-database";
import { finalLocalRecord } from "@/test/local-record";
import { CaseRecords } from "./case-records";

const RETURNED = finalLocalRecord({
  type: "dinh_gia",
  sync: { state: "synced", serverSeq: 3, receivedAt: "2026-11-29T02:00:00.000Z" },
  review: { state: "returned", decidedAt: "2026-12-01T03:00:00.000Z", reason: { category: "sai_thong_tin", text: "Giá khởi điểm ghi sai" }, supersededBy: null },
});

function byTestId(html: string, testId: string): string[] {
  return [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`, "g"))].map((match) => match[1] ?? "");
}

test("the case's record list shows each record's review state (a draft or an unsent record none), a returned one outlined", () => {
  const draft: LocalRecord = { ...RETURNED, id: "01980c2a-5b3d-7e4f-8a1b-000000000002", state: "draft", sync: undefined, review: undefined, revisionOf: RETURNED.id, createdAt: "2026-12-02T01:00:00.000Z" };
  const waiting: LocalRecord = { ...RETURNED, id: "01980c2a-5b3d-7e4f-8a1b-000000000003", review: undefined, createdAt: "2026-11-20T01:00:00.000Z" };
  const html = renderToStaticMarkup(<CaseRecords records={[waiting, RETURNED, draft]} />);
  expect(byTestId(html, "case-record-review")).toEqual(["Bị trả lại ngày 01/12/2026", "Chờ duyệt"]);
  const unsent: LocalRecord = { ...RETURNED, id: "01980c2a-5b3d-7e4f-8a1b-000000000004", review: undefined, sync: { state: "pending" }, createdAt: "2026-11-10T01:00:00.000Z" };
  expect(byTestId(renderToStaticMarkup(<CaseRecords records={[unsent]} />), "case-record-review")).toEqual([]);
  expect(html.match(/border-red-400/g)).toHaveLength(1);
});
