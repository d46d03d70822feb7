import "server-only";
import { sql } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import { queryRows, type Db } from "../db/client";
import { AppError } from "../http/app-error";

/**
 * Locks a case row for a write of its ledger and checks the caller is the head of its office: unknown 404,
 * another office 403. Two heads recording at once are serialized, so seqs never collide.
 */
export async function lockCaseForHead(tx: Db, user: SessionUser, caseId: string): Promise<{ status: string; unitId: string }> {
  const [row] = await queryRows<{ status: string; unit_id: string }>(tx, sql`SELECT status, unit_id FROM cases WHERE id = ${caseId} FOR UPDATE`);
  if (!row) throw new AppError("not_found", { detail: "Không tìm thấy hồ sơ thi hành án" });
  if (user.role !== "supervisor" || user.unitId !== row.unit_id) {
    throw new AppError("forbidden", { detail: "Chỉ lãnh đạo Chi cục của hồ sơ được ghi quyết định và sổ tiền" });
  }
  return { status: row.status, unitId: row.unit_id };
}
