import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { decisionsNeeded } from "../db/schema";

// Which open « cần ra quyết định » entries a new current status settles (lib/domain/review/head-decision.ts):
// a chưa có điều kiện decision answers an approved verification that found none; a return to enforcement answers
// one that found conditions again. Shared by the head's form and the ledger import, so both close the list alike.
const SETTLES: Record<string, "xac_dinh_chua_co_dieu_kien" | "tiep_tuc_thi_hanh"> = {
  chua_co_dieu_kien: "xac_dinh_chua_co_dieu_kien",
  dang_thi_hanh: "tiep_tuc_thi_hanh",
};

/** Settles the entries the cases' new statuses answer; returns the verification records they came from. */
export async function settleDecisionsNeeded(tx: Db, changes: readonly { caseId: string; status: string }[]): Promise<string[]> {
  const settled: string[] = [];
  for (const kind of ["xac_dinh_chua_co_dieu_kien", "tiep_tuc_thi_hanh"] as const) {
    const caseIds = changes.filter((change) => SETTLES[change.status] === kind).map((change) => change.caseId);
    if (caseIds.length === 0) continue;
    const rows = await tx
      .update(decisionsNeeded)
      .set({ resolvedAt: sql`now()` })
      .where(and(inArray(decisionsNeeded.caseId, caseIds), sql`${decisionsNeeded.kind} = ${kind}`, isNull(decisionsNeeded.resolvedAt)))
      .returning({ recordId: decisionsNeeded.recordId });
    settled.push(...rows.map((row) => row.recordId));
  }
  return settled;
}
