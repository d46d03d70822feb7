import { LedgerFileKindSchema } from "../import/ledger-columns";
import { z } from "../z";

// POST /api/import/ledger (issue #6): the body is one CSV file of the national software's export (text/csv,
// docs/import-format.md). All or nothing: 200 with what was inserted, or 422 problem+json whose `errors` are
// `{ path: "line.<n>" | "line.<n>.<column>", message }` with the spreadsheet's row numbers (header = 1).

const count = z.number().int().nonnegative();

export const LedgerImportResponseSchema = z
  .object({
    kind: LedgerFileKindSchema,
    /** Data rows of the file (blank rows not counted). */
    rows: count,
    inserted: z.object({ cases: count, obligations: count, decisions: count, moneyEntries: count }).strict(),
    /** Rows that were already in the ledger, identical: a second import of the same file skips every row. */
    skipped: count,
  })
  .strict();
export type LedgerImportResponse = z.infer<typeof LedgerImportResponseSchema>;
