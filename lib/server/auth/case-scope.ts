import "server-only";
import { eq, inArray, or, type SQL } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { cases, units } from "../db/schema";

/**
 * The cases a user may see (architecture §6): an officer only the cases assigned to them, a supervisor their
 * office, a leader or an admin their province (the province unit and every office under it).
 */
export function caseScopeCondition(db: Db, user: SessionUser): SQL {
  switch (user.role) {
    case "officer":
      return eq(cases.assignedOfficerId, user.id);
    case "supervisor":
      return eq(cases.unitId, user.unitId);
    case "leader":
    case "admin": {
      const provinceUnits = db
        .select({ id: units.id })
        .from(units)
        .where(or(eq(units.id, user.unitId), eq(units.parentId, user.unitId)));
      return inArray(cases.unitId, provinceUnits);
    }
  }
}
