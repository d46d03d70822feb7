import { StatusEntrySchema } from "../case-status-schemas";
import { MoneyEntrySchema } from "../cases";
import { z } from "../z";

// The head records the office's decisions and money on a case (issue #6 item 1):
//   POST /api/cases/{id}/decisions      a status decision (the « cần ra quyết định » list leads here)
//   POST /api/cases/{id}/money-entries  an assessment, a receipt, a đình chỉ or a miễn/giảm, in whole đồng
// The bodies are the ledger's own entry schemas; the answers say what was recorded.

export const CaseDecisionInputSchema = StatusEntrySchema;
export const MoneyEntryInputSchema = MoneyEntrySchema;

export const LedgerWriteResponseSchema = z
  .object({ caseId: z.string(), status: z.string(), statusGround: z.string().nullable(), seq: z.number().int().nullable(), resolvedDecisionsNeeded: z.number().int() })
  .strict();
export type LedgerWriteResponse = z.infer<typeof LedgerWriteResponseSchema>;
