import "client-only";
import { type LedgerImportResponse, LedgerImportResponseSchema } from "@/lib/domain/api/import";
import type { Result } from "@/lib/domain/result";
import { type ApiError, postBytes } from "./api-client";

type Fetch = typeof fetch;

// The ledger import (issue #6, docs/import-format.md): the file's bytes as they are, whatever type the browser
// guessed for it (Windows calls a .csv « application/vnd.ms-excel »); the server reads UTF-8 and says what is wrong.
export function postLedgerFile(bytes: ArrayBuffer, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Result<LedgerImportResponse, ApiError>> {
  return postBytes("/api/import/ledger", bytes, "text/csv; charset=utf-8", LedgerImportResponseSchema, signal, fetchImpl);
}
