import { expect, test } from "vitest";
import { evaluateLighthouse, formatLighthouseTable, median, scoresOf } from "./lighthouse-scores.mjs";

const MINIMUM = { performance: 90, accessibility: 95, "best-practices": 95 };
const run = (performance: number) => ({ performance, accessibility: 100, "best-practices": 100 });

test("the median of an odd and an even number of runs, and of none", () => {
  expect(median([97, 71, 93])).toBe(93);
  expect(median([90, 80])).toBe(85);
  expect(median([])).toBeNaN();
});

test("scores are read out of 100; a category Lighthouse could not score counts as 0", () => {
  const lhr = { categories: { performance: { score: 0.934 }, accessibility: { score: null } } };
  expect(scoresOf(lhr, ["performance", "accessibility", "best-practices"])).toEqual({ performance: 93, accessibility: 0, "best-practices": 0 });
});

test("the best run is judged: slow runs (another process on the host) do not fail a page; all runs under the minimum do", () => {
  expect(evaluateLighthouse([{ page: "capture", runs: [run(70), run(62), run(93)] }], { minimum: MINIMUM }).ok).toBe(true);
  const allSlow = evaluateLighthouse([{ page: "capture", runs: [run(88), run(62), run(85)] }], { minimum: MINIMUM });
  expect(allSlow.ok).toBe(false);
  expect(allSlow.rows.filter((row) => row.status === "over").map((row) => [row.page, row.category, row.best, row.median])).toEqual([["capture", "performance", 88, 85]]);
  expect(formatLighthouseTable(allSlow.rows)).toMatch(/✗ +capture +performance +88 62 85 +88 +90/);
});

test("a page's temporary allowance lets a best run under the minimum pass, shown as such, and not one under the allowance", () => {
  const budget = { minimum: MINIMUM, allowances: { capture: { performance: 75 } } };
  const allowed = evaluateLighthouse([{ page: "capture", runs: [run(81), run(79), run(83)] }], budget);
  expect(allowed.ok).toBe(true);
  expect(allowed.rows[0]).toMatchObject({ category: "performance", best: 83, status: "allowed", allowance: 75 });
  expect(formatLighthouseTable(allowed.rows)).toMatch(/! +capture +performance +81 79 83 +83 +90 +75/);
  // The allowance is the page's own: another page at the same score fails.
  const other = evaluateLighthouse([{ page: "sign-in", runs: [run(81)] }], budget);
  expect(other.rows[0]?.status).toBe("over");
  expect(evaluateLighthouse([{ page: "capture", runs: [run(70), run(74), run(72)] }], budget).ok).toBe(false);
});

test("a category missing from the runs fails, and no pages at all is not a pass", () => {
  const missing = evaluateLighthouse([{ page: "sign-in", runs: [{ performance: 99, accessibility: 100 }] }], { minimum: MINIMUM });
  expect(missing.rows.find((row) => row.category === "best-practices")?.status).toBe("over");
  expect(evaluateLighthouse([], { minimum: MINIMUM }).ok).toBe(false);
});
