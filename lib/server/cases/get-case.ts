import "server-only";
import { and, eq } from "drizzle-orm";
import type { CaseDetail } from "@/lib/domain/api/cases";
import type { SessionUser } from "@/lib/domain/users";
import { caseScopeCondition } from "../auth/case-scope";
import type { Db } from "../db/client";
import { cases } from "../db/schema";
import { AppError } from "../http/app-error";
import { loadCaseDetail, selectCaseDetailRows } from "./case-details";

/**
 * One case with its parties, obligations, status history and money ledger. A case outside the caller's scope
 * answers 404 exactly like a missing one, so ids cannot be probed.
 */
export async function getCase(db: Db, user: SessionUser, caseId: string): Promise<CaseDetail> {
  const [row] = await selectCaseDetailRows(db)
    .where(and(eq(cases.id, caseId), caseScopeCondition(db, user)))
    .limit(1);
  if (!row) throw new AppError("not_found", { detail: "Không tìm thấy hồ sơ thi hành án" });
  return loadCaseDetail(db, row);
}
