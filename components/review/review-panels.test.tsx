import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { ReviewQueueItem } from "@/lib/domain/api/review";
import { IntegrityPanel } from "./integrity-panel";
import { QueueItem } from "./queue-item";
import { RevisionDiff } from "./revision-diff";

const HASH_A = "a".repeat(64);
const HASH_B = "b".repeat(64);

test("an intact record says « Nguyên vẹn »; a mismatch says « Không khớp » with both hashes", () => {
  const intact = renderToStaticMarkup(<IntegrityPanel integrity={{ isIntact: true, storedHash: HASH_A, computedHash: HASH_A }} />);
  expect(intact).toMatch(/data-testid="integrity-badge"[^>]*>✓ Nguyên vẹn</);
  const broken = renderToStaticMarkup(<IntegrityPanel integrity={{ isIntact: false, storedHash: HASH_A, computedHash: HASH_B }} />);
  expect(broken).toMatch(/data-testid="integrity-badge"[^>]*>✗ Không khớp</);
  expect(broken).toContain(HASH_A);
  expect(broken).toContain(HASH_B);
});

test("each diff row names its change in words, with a readable field and text values", () => {
  const html = renderToStaticMarkup(
    <RevisionDiff
      changes={[
        { path: "payload.assets.0.estimatedValue", kind: "changed", before: 1_000_000_000, after: 1_529_000_000 },
        { path: "payload.participants.3", kind: "added", before: null, after: { fullName: "Vũ Thị Hằng" } },
        { path: "locationNote", kind: "removed", before: "Trong nhà", after: null },
      ]}
    />,
  );
  expect(html.match(/data-testid="diff-row"/g)).toHaveLength(3);
  expect(html).toContain('data-kind="changed"');
  expect(html).toContain("Tài sản 1 › Giá trị ước tính");
  expect(html).toContain("1.000.000.000");
  expect(html).toContain("1.529.000.000");
  expect(html).toContain("{ Họ tên: Vũ Thị Hằng }");
  for (const word of ["Sửa", "Thêm", "Bỏ"]) expect(html).toContain(word);
  expect(renderToStaticMarkup(<RevisionDiff changes={[]} />)).toContain("Nội dung không khác bản trước.");
});

const ITEM: ReviewQueueItem = {
  id: "01980c2a-5b3d-7e4f-8a1b-2c3d4e5f6a7b",
  type: "xac_minh",
  caseId: "3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f",
  caseDecisionNumber: "123/QĐ-CCTHADS",
  debtorName: "Lê Văn Cường",
  author: { id: "6a1d3b5c-2e4f-4a6b-8c9d-0e1f2a3b4c5d", name: "Nguyễn Văn An" },
  capturedAt: "2026-07-20T01:30:00Z",
  receivedAt: "2026-07-22T03:05:00Z",
  reviewState: "submitted",
  revisionOf: "01980c2a-0000-7000-8000-000000000001",
  dueDate: "2026-07-24",
  isOverdue: true,
  isLateSync: true,
  isCaptureInFuture: false,
};

test("a queue item shows the record's facts in Vietnamese formats and every flag it has", () => {
  const html = renderToStaticMarkup(<QueueItem item={ITEM} selection={{ isSelected: false, onToggle: () => undefined }} />);
  expect(html).toContain("Biên bản xác minh điều kiện thi hành án");
  expect(html).toContain("QĐ 123/QĐ-CCTHADS · Lê Văn Cường");
  expect(html).toContain("20/07/2026 08:30");
  expect(html).toContain("22/07/2026 10:05");
  expect(html).toContain("24/07/2026");
  expect(html).toContain("Chờ duyệt");
  expect(html).toContain("Quá hạn");
  expect(html).toContain("Gửi muộn &gt; 24 giờ");
  expect(html).toContain("Bản sửa");
  expect(html).not.toContain("Giờ lập sau giờ nhận");
  expect(html).toContain(`href="/review/record?id=${ITEM.id}"`);
  expect(html).toContain('data-testid="review-item-select"');
  expect(renderToStaticMarkup(<QueueItem item={{ ...ITEM, reviewState: "approved" }} />)).not.toContain("review-item-select");
});
