import "server-only";
import type { PullQuery, PullResponse } from "@/lib/domain/sync-protocol";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { pullCases } from "./pull-cases";
import { pullRecords } from "./pull-records";
import { pullReference } from "./pull-reference";

/**
 * GET /api/sync/pull: one page of each stream — the snapshot of assigned cases (`cursor`) and the caller's
 * records (`since`). The two are paged independently; a device keeps asking while either has more. The first
 * page also carries the reference data.
 */
export async function pullChanges(db: Db, user: SessionUser, query: PullQuery): Promise<PullResponse> {
  const cases = await pullCases(db, user, query);
  const records = await pullRecords(db, user, query);
  // Reference data rides on the first page of a pull only: later pages would repeat it for nothing.
  const reference = query.cursor === undefined ? await pullReference(db, user) : null;
  return { ...cases, ...records, reference };
}
