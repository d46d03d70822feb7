import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { ResultsTable } from "./results-table";
import { testResponse } from "./test-response";

test("the table marks the sorted column with aria-sort, words every gap, and keeps officers folded", () => {
  const { root } = testResponse();
  const html = renderToStaticMarkup(<ResultsTable node={root} order={{ key: "moneyRate", direction: "ascending" }} onSort={() => {}} />);
  expect(html.match(/aria-sort="ascending"/g)).toHaveLength(1);
  expect(html).toMatch(/aria-sort="ascending"[^>]*>\s*<button[^>]*data-testid="sort-moneyRate"/);
  expect(html).toContain("chưa đạt 0,35%");
  expect(html).toContain("vượt 1,49%"); // the total row
  expect(html).toContain('aria-expanded="false"');
  expect(html.match(/data-kind="officer"/g)).toBeNull();
  expect(html).toContain("82,50%<span");
  expect(html).toContain("* Chi cục chưa có chỉ tiêu riêng");
});
