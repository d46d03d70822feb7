import "server-only";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { AuditVerifyResponse } from "@/lib/domain/api/review";
import { JsonObjectSchema } from "@/lib/domain/json";
import type { Db } from "../db/client";
import { auditChainHead, auditLog } from "../db/schema";
import { AUDIT_GENESIS_HASH, auditEntryHash } from "./append-audit";

const PAGE = 2_000;

/**
 * GET /api/audit/verify: walks the chain from the first entry and recomputes every hash. An edited entry fails
 * its own hash; a deleted, inserted or reordered one breaks the next entry's link to its predecessor; a deleted
 * tail disagrees with the chain head written with every append. Only entries up to the head read at the start
 * are checked, so appends running meanwhile are not mistaken for damage.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerifyResponse> {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  let prevHash = AUDIT_GENESIS_HASH;
  let entries = 0;
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(gt(auditLog.id, lastId), head ? lte(auditLog.id, head.lastId) : undefined))
      .orderBy(asc(auditLog.id))
      .limit(PAGE);
    for (const row of rows) {
      if (row.prevHash !== prevHash) return broken(entries, row.id, "Liên kết với mục trước bị đứt: một mục đã bị xóa, chèn thêm hoặc đổi thứ tự");
      const detail = JsonObjectSchema.safeParse(row.detail);
      const hash = auditEntryHash({
        at: row.at.toISOString(),
        actorId: row.actorId,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        detail: detail.success ? detail.data : {},
        prevHash: row.prevHash,
      });
      if (!detail.success || hash !== row.hash) return broken(entries, row.id, "Nội dung mục nhật ký đã bị sửa: mã băm không khớp");
      prevHash = row.hash;
      entries += 1;
      lastId = row.id;
    }
    if (rows.length < PAGE) break;
  }
  if (!head) return entries === 0 ? { ok: true, entries } : broken(entries, 1, "Thiếu đầu chuỗi nhật ký");
  if (head.lastId !== lastId || head.lastHash !== prevHash || head.entries !== entries) {
    return broken(entries, lastId + 1, "Các mục cuối của nhật ký đã bị xóa hoặc đầu chuỗi không khớp");
  }
  return { ok: true, entries };
}

function broken(entries: number, firstBrokenEntry: number, problem: string): AuditVerifyResponse {
  return { ok: false, entries, firstBrokenEntry, problem };
}
