import "server-only";
import { randomUUID } from "node:crypto";
import type { LedgerWriteResponse } from "@/lib/domain/api/ledger";
import type { MoneyEntry } from "@/lib/domain/cases";
import { localDateOf } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/domain/users";
import { appendAudit } from "../audit/append-audit";
import type { Db } from "../db/client";
import { caseMoneyEntries } from "../db/schema";
import { AppError } from "../http/app-error";
import { withRollup } from "../results/rollup/with-rollup";
import { lockCaseForHead } from "./lock-case-for-head";

/** POST /api/cases/{id}/money-entries: one line of the case's money ledger (integer đồng), audited. */
export async function recordMoneyEntry(db: Db, user: SessionUser, caseId: string, entry: MoneyEntry, now: Date = new Date()): Promise<LedgerWriteResponse> {
  return db.transaction(async (tx) => {
    const { status } = await lockCaseForHead(tx, user, caseId);
    if (entry.date > localDateOf(now.toISOString())) {
      throw new AppError("validation_failed", { errors: [{ path: "body.date", message: "Ngày ghi sổ không được sau hôm nay" }] });
    }
    const id = randomUUID();
    await withRollup(tx, [caseId], () => tx.insert(caseMoneyEntries).values({ id, caseId, kind: entry.kind, amount: entry.amount, entryDate: entry.date, reference: entry.reference }));
    await appendAudit(tx, { actorId: user.id, action: "case.money_entry", entityType: "case", entityId: caseId, detail: { entryId: id, ...entry } });
    return { caseId, status, statusGround: null, seq: null, resolvedDecisionsNeeded: 0 };
  });
}
