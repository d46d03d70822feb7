import "client-only";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { err, ok, type Result } from "@/lib/domain/result";
import { PullResponseSchema } from "@/lib/domain/sync-protocol";
import { type ApiError, getJson } from "../api-client";
import type { FieldDatabase } from "../db/field-database";
import { replaceHeldCases } from "../db/local-cases";

const PAGE_SIZE = 200;
const MAX_PAGES = 100; // 20,000 cases: far beyond one officer; stops a server bug from looping forever

/**
 * The first pull of the officer's cases (the full sync protocol comes later): reads every page of the
 * snapshot, then replaces the cases held on the device in one transaction. Nothing is replaced unless the
 * whole set arrived, so a connection lost half-way leaves yesterday's cases usable.
 */
export async function pullAssignedCases(db: FieldDatabase, userId: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<Result<{ count: number }, ApiError>> {
  const cases: CaseDetail[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (cursor) params.set("cursor", cursor);
    const result = await getJson(`/api/sync/pull?${params.toString()}`, PullResponseSchema, signal, fetchImpl);
    if (!result.ok) return result;
    cases.push(...result.data.cases);
    if (!result.data.hasMore) {
      await replaceHeldCases(db, userId, cases);
      return ok({ count: cases.length });
    }
    cursor = result.data.cursor;
  }
  return err({ kind: "invalid_response" });
}
