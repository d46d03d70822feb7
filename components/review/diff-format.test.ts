import { expect, test } from "vitest";
import { describePath, EMPTY_VALUE, formatDiffValue } from "./diff-format";

test("paths read as names, positions from 1, unknown keys as written", () => {
  expect(describePath("payload.participants.2.fullName")).toBe("Người tham gia 3 › Họ tên");
  expect(describePath("payload.assets.0.estimatedValue")).toBe("Tài sản 1 › Giá trị ước tính");
  expect(describePath("location.accuracy")).toBe("Vị trí GPS › Sai số (m)");
  expect(describePath("payload.someNewField.x")).toBe("someNewField › x");
  expect(describePath("payload")).toBe("payload");
});

test("values are text in the screen's formats", () => {
  expect(formatDiffValue(null)).toBe(EMPTY_VALUE);
  expect(formatDiffValue("  ")).toBe(EMPTY_VALUE);
  expect(formatDiffValue("Lê Văn Cường")).toBe("Lê Văn Cường");
  expect(formatDiffValue(true)).toBe("Có");
  expect(formatDiffValue(false)).toBe("Không");
  expect(formatDiffValue(1_529_000_000)).toBe("1.529.000.000");
  expect(formatDiffValue(2026)).toBe("2026");
  expect(formatDiffValue(20.99)).toBe("20,99");
  expect(formatDiffValue("2026-07-20")).toBe("20/07/2026");
  expect(formatDiffValue("2026-07-20T01:30:00Z")).toBe("20/07/2026 08:30");
  expect(formatDiffValue("2026-07-20T08:30:00+07:00")).toBe("20/07/2026 08:30");
});

test("lists and objects are flattened to one line, never [object Object]", () => {
  expect(formatDiffValue([])).toBe("(không có)");
  expect(formatDiffValue(["a", "b"])).toBe("a; b");
  const text = formatDiffValue({ kind: "refused", reason: "Không đồng ý", extra: [1, { a: null }] });
  expect(text).toBe("{ Hình thức: refused; Lý do: Không đồng ý; extra: 1; { a: (trống) } }");
  expect(text).not.toMatch(/\[object|undefined/);
  expect(formatDiffValue({})).toBe(EMPTY_VALUE);
});
