import { expect, test } from "vitest";
import type { LocalRecord } from "@/lib/client/db/field-database";
import { FIXTURE_RECORD_ID } from "@/lib/domain/records/fixtures";
import { finalLocalRecord } from "@/test/local-record";
import { REVIEW_STATE_LABELS_VI } from "@/lib/domain/review/review-state";
import { recordReviewLabel, returnReasonText } from "./record-review-label";

const SYNCED = { state: "synced", serverSeq: 7, receivedAt: "2026-11-29T02:00:00.000Z" } as const;

function record(overrides: Partial<LocalRecord>): LocalRecord {
  return finalLocalRecord(overrides);
}

test("drafts and records not yet accepted by the server have no review state", () => {
  expect(recordReviewLabel(record({ state: "draft" }))).toBeNull();
  expect(recordReviewLabel(record({ sync: { state: "pending" } }))).toBeNull();
  expect(recordReviewLabel(record({ sync: { state: "rejected", reason: "validation", message: "Thiếu chữ ký", errors: [] } }))).toBeNull();
});

test("a sent record waits for review, whether or not a pull has confirmed it yet", () => {
  expect(recordReviewLabel(record({ sync: SYNCED }))).toEqual({ state: "submitted", text: "Chờ duyệt" });
  const pulled = record({ sync: SYNCED, review: { state: "submitted", decidedAt: null, reason: null, supersededBy: null } });
  expect(recordReviewLabel(pulled)).toEqual({ state: "submitted", text: REVIEW_STATE_LABELS_VI.submitted });
});

test("decisions read with their date in Vietnam: a return late on 1 December UTC is 2 December in Hà Nội", () => {
  const reason = { category: "thieu_chu_ky", text: "Người chứng kiến chưa ký" } as const;
  const returned = record({ sync: SYNCED, review: { state: "returned", decidedAt: "2026-12-01T18:30:00.000Z", reason, supersededBy: null } });
  expect(recordReviewLabel(returned)).toEqual({ state: "returned", text: "Bị trả lại ngày 02/12/2026" });
  const approved = record({ sync: SYNCED, review: { state: "approved", decidedAt: "2026-12-05T03:00:00+07:00", reason: null, supersededBy: null } });
  expect(recordReviewLabel(approved)).toEqual({ state: "approved", text: "Đã duyệt ngày 05/12/2026" });
  const superseded = record({ sync: SYNCED, review: { state: "superseded", decidedAt: null, reason: null, supersededBy: FIXTURE_RECORD_ID } });
  expect(recordReviewLabel(superseded)).toEqual({ state: "superseded", text: "Đã thay bằng bản sửa" });
});

test("a return reason reads as its category, then the head's words", () => {
  expect(returnReasonText({ category: "anh_khong_ro", text: "Ảnh tài sản bị mờ" })).toBe("Ảnh không rõ hoặc thiếu ảnh — Ảnh tài sản bị mờ");
});
