import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { AuditEntryView } from "@/lib/domain/api/review";
import { JsonObjectSchema } from "@/lib/domain/json";
import type { Db } from "../db/client";
import { auditLog, users } from "../db/schema";

/** One entity's audit entries, oldest first, with the actors' names (null: the system, e.g. the seed). */
export async function entityAuditTrail(db: Db, entityType: string, entityId: string): Promise<AuditEntryView[]> {
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, actorId: auditLog.actorId, actorName: users.displayName, detail: auditLog.detail })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
  return rows.map((row) => {
    const detail = JsonObjectSchema.safeParse(row.detail);
    return {
      id: row.id,
      at: row.at.toISOString(),
      action: row.action,
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? "" } : null,
      detail: detail.success ? detail.data : {},
    };
  });
}
