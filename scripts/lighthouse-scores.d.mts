export type CategoryScores = Record<string, number>;

export interface LighthouseRow {
  page: string;
  category: string;
  scores: number[];
  median: number;
  best: number;
  threshold: number;
  allowance: number | null;
  /** at the minimum; under it but within the page's allowance; under both. */
  status: "within" | "allowed" | "over";
}

export interface LighthouseBudget {
  minimum: Record<string, number>;
  /** Temporary lower scores for pages known to miss the minimum, by page then category. */
  allowances?: Record<string, Record<string, number>>;
}

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: number[]): number;
/** A Lighthouse result's category scores out of 100. */
export function scoresOf(lhr: { categories: Record<string, { score: number | null } | undefined> }, categories: string[]): CategoryScores;
/** One row per page and category; a page passes a category when its best run reaches the minimum or its allowance. */
export function evaluateLighthouse(pages: { page: string; runs: CategoryScores[] }[], budget: LighthouseBudget): { rows: LighthouseRow[]; ok: boolean };
/** The rows as an aligned text table: ✓ at the minimum, ✗ under it, ! within the allowance. */
export function formatLighthouseTable(rows: LighthouseRow[]): string;
