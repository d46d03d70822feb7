// The pure part of scripts/lighthouse.mjs: the median score of each category over a page's runs, and the
// verdict against the minimum scores (and temporary allowances) of budgets.config.mjs. Scores are out of 100;
// a missing score is 0.

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A Lighthouse result's category scores out of 100 (Lighthouse gives 0–1, or null when a category failed). */
export function scoresOf(lhr, categories) {
  return Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]));
}

/**
 * One row per page and category: the runs' scores, their median and best, the minimum score and the page's
 * temporary allowance if any. A page passes a category when its BEST run reaches the minimum (`within`) or,
 * below it, its allowance (`allowed`). The best, not the median: another process on a shared 2-core host only
 * ever slows a run down (one CI run measured sign-in at 70, 99, 69), so the least disturbed run is the truest;
 * a page that is really slow is slow in every run.
 */
export function evaluateLighthouse(pages, { minimum, allowances = {} }) {
  const rows = pages.flatMap(({ page, runs }) =>
    Object.entries(minimum).map(([category, threshold]) => {
      const scores = runs.map((run) => run[category] ?? 0);
      const best = scores.length > 0 ? Math.max(...scores) : Number.NaN;
      const allowance = allowances[page]?.[category] ?? null;
      const status = best >= threshold ? "within" : allowance !== null && best >= allowance ? "allowed" : "over";
      return { page, category, scores, median: median(scores), best, threshold, allowance, status };
    }),
  );
  return { rows, ok: rows.length > 0 && rows.every((row) => row.status !== "over") };
}

const STATUS_MARKS = { within: "✓", allowed: "!", over: "✗" };

/** The rows as an aligned text table: ✓ at the minimum, ✗ under it, ! under it but within the allowance. */
export function formatLighthouseTable(rows) {
  const header = [" ", "page", "category", "runs", "best", "min", "allowance"];
  const lines = rows.map((row) => [STATUS_MARKS[row.status], row.page, row.category, row.scores.join(" "), String(row.best), String(row.threshold), row.allowance === null ? "" : String(row.allowance)]);
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((cells) => cells[column].length)));
  const align = (cells) => cells.map((cell, column) => (column >= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ").trimEnd();
  return [align(header), ...lines.map(align)].join("\n");
}
