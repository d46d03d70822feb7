import { expect, test } from "vitest";
import type { LocalRecord, RecordReview } from "@/lib/client/db/field-database";
import { FIXTURE_RECORD_ID } from "@/lib/domain/records/fixtures";
import { finalLocalRecord } from "@/test/local-record";
import { reviseActionFor } from "./revise-action";

const REVISION_ID = "01980c2a-5b3d-7e4f-8a1b-000000000099";

function record(overrides: Partial<LocalRecord> = {}): LocalRecord {
  return finalLocalRecord({
    type: "thong_bao",
    sync: { state: "synced", serverSeq: 3, receivedAt: "2026-11-29T02:00:00.000Z" },
    ...overrides,
  });
}

function review(state: RecordReview["state"]): RecordReview {
  return { state, decidedAt: "2026-12-01T03:00:00.000Z", reason: state === "returned" ? { category: "khac", text: "Ghi sai số nhà" } : null, supersededBy: null };
}

test("a returned record is corrected with « Sửa và gửi lại », saying the returned one stays and the new one is reviewed again", () => {
  const action = reviseActionFor(record({ review: review("returned") }), null);
  expect(action).toMatchObject({ kind: "revise", buttonLabel: "Sửa và gửi lại" });
  if (action.kind !== "revise") throw new Error(action.kind);
  expect(action.confirmText).toContain("giữ nguyên");
  expect(action.confirmText).toContain("xem xét lại");
});

test("an approved record offers no revision, and says why", () => {
  const action = reviseActionFor(record({ review: review("approved") }), null);
  expect(action.kind).toBe("none");
  if (action.kind === "none") expect(action.explanation).toContain("đã được duyệt");
});

test("a superseded record points to its newer version when the device has it, else explains", () => {
  const newer = record({ id: REVISION_ID, revisionOf: FIXTURE_RECORD_ID });
  expect(reviseActionFor(record({ review: review("superseded") }), newer)).toEqual({ kind: "open_newer", newerId: REVISION_ID, label: "Xem bản sửa" });
  expect(reviseActionFor(record({ review: review("superseded") }), null).kind).toBe("none");
});

test("a revision already started is continued, never duplicated (the server would refuse the second)", () => {
  const draft = record({ id: REVISION_ID, state: "draft", revisionOf: FIXTURE_RECORD_ID, sync: undefined });
  expect(reviseActionFor(record({ review: review("returned") }), draft)).toEqual({ kind: "open_newer", newerId: REVISION_ID, label: "Tiếp tục bản sửa đang soạn" });
});

test("before any decision: the usual revision; a refused push reads « Sửa và gửi lại »; a review_state refusal cannot be revised", () => {
  expect(reviseActionFor(record({ sync: { state: "pending" } }), null)).toMatchObject({ kind: "revise", buttonLabel: "Lập biên bản sửa đổi", confirmTitle: "Lập biên bản sửa đổi?" });
  expect(reviseActionFor(record({ review: review("submitted") }), null)).toMatchObject({ kind: "revise", buttonLabel: "Lập biên bản sửa đổi" });
  const rejected = record({ sync: { state: "rejected", reason: "validation", message: "Thiếu chữ ký", errors: [] } });
  expect(reviseActionFor(rejected, null)).toMatchObject({ kind: "revise", buttonLabel: "Sửa và gửi lại" });
  const tooLate = record({ revisionOf: REVISION_ID, sync: { state: "rejected", reason: "review_state", message: "Biên bản gốc đã được duyệt", errors: [] } });
  expect(reviseActionFor(tooLate, null).kind).toBe("none");
});
