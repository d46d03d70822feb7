import type { FieldError } from "../errors";
import type { z } from "../z";

// What is wrong with an imported file, by row: the row number a spreadsheet shows (the header is row 1) and the
// column, so that the person who exported the file can find the cell. Messages are Vietnamese.
export interface ImportIssue {
  line: number;
  column?: string;
  message: string;
}

/** Limits of one file: what a Chi cục exports in a year is far below (≈ 10,000 cases, domain §4). */
export const IMPORT_LIMITS = {
  bytes: 20 * 1024 * 1024,
  rows: 200_000,
  /** An answer lists at most this many issues (a wrong date format repeats on every row); the detail gives the total. */
  reportedIssues: 1_000,
} as const;

/** `line.12` or `line.12.ngay_qd`: the problem+json path of an issue. */
export function issueToFieldError(issue: ImportIssue): FieldError {
  return { path: issue.column ? `line.${issue.line}.${issue.column}` : `line.${issue.line}`, message: issue.message };
}

/** A row's zod issues, the first path segment being the column. */
export function issuesOfRow(line: number, error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => {
    const column = issue.path[0];
    return typeof column === "string" ? { line, column, message: issue.message } : { line, message: issue.message };
  });
}

/** File order: by row, then in the order found (stable sort). */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => a.line - b.line);
}
