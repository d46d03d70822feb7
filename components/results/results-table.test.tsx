import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { ResultsSummary } from "./results-summary";
import { ResultsTable } from "./results-table";
import { testResponse } from "./test-response";

const PERIOD = { year: 2021, asOf: "2021-09-30" };

test("the table marks the sorted column with aria-sort, words every gap, and keeps officers folded", () => {
  const { root } = testResponse();
  const html = renderToStaticMarkup(<ResultsTable node={root} order={{ key: "moneyRate", direction: "ascending" }} onSort={() => {}} period={null} />);
  expect(html.match(/aria-sort="ascending"/g)).toHaveLength(1);
  expect(html).toMatch(/aria-sort="ascending"[^>]*>\s*<button[^>]*data-testid="sort-moneyRate"/);
  expect(html).toContain("chưa đạt 0,35%");
  expect(html).toContain("vượt 1,49%"); // the total row
  expect(html).toContain('aria-expanded="false"');
  expect(html.match(/data-kind="officer"/g)).toBeNull();
  expect(html).toContain("82,50%<span");
  expect(html).toContain("* Chi cục chưa có chỉ tiêu riêng");
  expect(html).not.toContain("<a ");
});

test("every non-zero count and sum links to its cases, with the period and the row's unit; zeros and rates do not", () => {
  const { root } = testResponse();
  const html = renderToStaticMarkup(<ResultsTable node={root} order={null} onSort={() => {}} period={PERIOD} />);
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => (match[1] ?? "").replaceAll("&amp;", "&"));
  // The office row has only zeros; the province's total row has its four non-zero numbers (money done too).
  expect(hrefs).toEqual(
    ["toEnforce", "withConditions", "done", "moneyWithConditions", "moneyDone"].map((figure) => `/results/cases?year=2021&asOf=2021-09-30&unit=${root.id}&figure=${figure}`),
  );
  expect(html).toContain(">9.334</a>");
  expect(html).not.toMatch(/<a [^>]*>83,99%/);
});

test("the summary links its figures and the terms of both rates, down to xong and đình chỉ apart", () => {
  const { root } = testResponse();
  const html = renderToStaticMarkup(<ResultsSummary node={root} drill={{ period: PERIOD, scope: { unit: root.id } }} />);
  const figures = [...html.matchAll(/figure=(\w+)/g)].map((match) => match[1]);
  expect(figures.sort()).toEqual(["carriedForward", "done", "done", "finished", "moneyDone", "moneyDone", "moneyWithConditions", "moneyWithConditions", "terminated", "toEnforce", "withConditions", "withConditions"].sort());
  expect(html).toMatch(/data-testid="figure-to-enforce"><a [^>]*>9\.334 việc<\/a>/);
});
