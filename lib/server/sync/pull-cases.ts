import "server-only";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { SessionUser } from "@/lib/domain/users";
import {
  decodePullCursor,
  encodePullCursor,
  OPEN_CASE_STATUSES,
  SYNC_PROTOCOL_VERSION,
  type PullCursor,
  type PullQuery,
  type PullResponse,
} from "@/lib/domain/sync-protocol";
import { loadCaseDetails, selectCaseDetailRows } from "../cases/case-details";
import type { Db } from "../db/client";
import { cases } from "../db/schema";
import { AppError } from "../http/app-error";

/** The case part of a pull answer; the record stream (pullRecords) completes it. */
export type PullCasesPage = Omit<PullResponse, "records" | "recordsSince" | "recordsHaveMore" | "reference">;

/**
 * One page of the snapshot of what an officer holds offline (protocol 1, see PullResponseSchema): their open
 * assigned cases in full, after the cursor's case id, in id order. Keyset paging on the primary key, so a page
 * costs the same at the end as at the start and no case is sent twice. Scoped by `assignedOfficerId` itself —
 * not by the role's reading scope — because a phone holds only the cases its user works on.
 */
export async function pullCases(db: Db, user: SessionUser, query: PullQuery): Promise<PullCasesPage> {
  const position = readCursor(query.cursor);
  // One row more than the page tells whether another page follows without counting the whole set.
  const rows = await selectCaseDetailRows(db)
    .where(
      and(
        eq(cases.assignedOfficerId, user.id),
        inArray(cases.status, OPEN_CASE_STATUSES),
        position.after === null ? undefined : gt(cases.id, position.after),
      ),
    )
    .orderBy(asc(cases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    protocol: SYNC_PROTOCOL_VERSION,
    cursor: encodePullCursor({ v: 1, after: last ? last.case.id : position.after }),
    hasMore: rows.length > query.limit,
    snapshot: true,
    cases: await loadCaseDetails(db, page),
    removedCaseIds: [],
  };
}

function readCursor(text: string | undefined): PullCursor {
  if (text === undefined) return { v: 1, after: null };
  const cursor = decodePullCursor(text);
  if (!cursor) {
    throw new AppError("validation_failed", {
      errors: [{ path: "query.cursor", message: "Con trỏ đồng bộ không hợp lệ; hãy đồng bộ lại từ đầu" }],
    });
  }
  return cursor;
}
