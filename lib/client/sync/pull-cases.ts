import "client-only";
import { CaseDetailSchema, type CaseDetail } from "@/lib/domain/api/cases";
import { err, ok, type Result } from "@/lib/domain/result";
import type { PulledRecord } from "@/lib/domain/sync-push";
import { PullResponseEnvelopeSchema } from "@/lib/domain/sync-protocol";
import { type ApiError, getJson } from "../api-client";
import type { FieldDatabase, RecordReview } from "../db/field-database";
import { replaceHeldCases } from "../db/local-cases";
import { saveReferenceData } from "../db/reference-data";
import { parseInSlices } from "./parse-in-slices";
import { readRecordsSince, writeRecordsSince } from "./records-cursor";

const PAGE_SIZE = 200;
const MAX_PAGES = 200; // far beyond one officer's pages; stops a server bug from looping forever

/** The review a pulled record carries, as the device keeps it: the latest decision replaces any earlier one. */
function reviewOf(pulled: PulledRecord): RecordReview {
  return { state: pulled.reviewState, decidedAt: pulled.review?.decidedAt ?? null, reason: pulled.review?.reason ?? null, supersededBy: pulled.supersededBy };
}

/**
 * Applies one page of the record stream together with its cursor, in one transaction: a crash never advances
 * the cursor past records it did not apply. A record with a pending outbox entry is not touched — the device's
 * own state wins until the server has acknowledged it (offline-sync-and-pwa.md §2.3). Otherwise the record is
 * marked sent and takes the head's review: a decision gives the record a new serverSeq, so it comes back here.
 */
async function applyRecordPage(db: FieldDatabase, userId: string, records: readonly PulledRecord[], since: number): Promise<void> {
  await db.transaction("rw", db.records, db.outbox, db.meta, async () => {
    for (const pulled of records) {
      const local = await db.records.get(pulled.id);
      if (!local || local.authorId !== userId || local.contentHash !== pulled.contentHash) continue;
      const isPending = (await db.outbox.where("recordId").equals(pulled.id).filter((entry) => entry.state === "pending").count()) > 0;
      if (isPending) continue;
      // A record's serverSeq only grows; an older one (a replay after the cursor was lost) must not bring back
      // an earlier decision.
      if (local.sync?.state === "synced" && local.sync.serverSeq > pulled.serverSeq) continue;
      await db.records.update(pulled.id, { sync: { state: "synced", serverSeq: pulled.serverSeq, receivedAt: pulled.receivedAt }, review: reviewOf(pulled) });
    }
    await writeRecordsSince(db, userId, since);
  });
}

type PullResult = Result<{ count: number }, ApiError>;

// The pull in flight per database, user and fetch: opening the app asks twice at the same moment — the sync
// pass (push, then pull) and the home's refresh — and one pull serves both, so the officer's cases are
// downloaded, parsed, written and re-rendered once instead of twice (issue #7: main-thread time at start).
const inFlight = new WeakMap<FieldDatabase, Map<string, { fetchImpl: typeof fetch; pull: Promise<PullResult> }>>();

/**
 * Pulls from the server: the complete snapshot of the officer's open cases (replacing the cases held only
 * once the whole set arrived, so a connection lost half-way leaves yesterday's cases usable) and, beside it,
 * the stream of the officer's records since the last applied `serverSeq`. A call while the same pull is
 * running (same database, user and fetch, no abort signal) joins it.
 */
export function pullAssignedCases(db: FieldDatabase, userId: string, signal?: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<PullResult> {
  if (signal) return pullOnce(db, userId, signal, fetchImpl);
  const running = inFlight.get(db)?.get(userId);
  if (running && running.fetchImpl === fetchImpl) return running.pull;
  const pull = pullOnce(db, userId, undefined, fetchImpl).finally(() => {
    if (inFlight.get(db)?.get(userId)?.pull === pull) inFlight.get(db)?.delete(userId);
  });
  if (!inFlight.has(db)) inFlight.set(db, new Map());
  inFlight.get(db)?.set(userId, { fetchImpl, pull });
  return pull;
}

async function pullOnce(db: FieldDatabase, userId: string, signal: AbortSignal | undefined, fetchImpl: typeof fetch): Promise<PullResult> {
  const cases: CaseDetail[] = [];
  let cursor: string | null = null;
  let casesDone = false;
  let since = await readRecordsSince(db, userId);
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), since: String(since) });
    if (cursor) params.set("cursor", cursor);
    const result = await getJson(`/api/sync/pull?${params.toString()}`, PullResponseEnvelopeSchema, signal, fetchImpl);
    if (!result.ok) return result;
    const response = result.data;
    const pageCases = await parseInSlices(response.cases, CaseDetailSchema);
    if (pageCases === null) return err({ kind: "invalid_response" });
    if (response.reference) await saveReferenceData(db, userId, response.reference);
    await applyRecordPage(db, userId, response.records, response.recordsSince);
    since = response.recordsSince;
    if (!casesDone) {
      cases.push(...pageCases);
      // The last page's cursor only continues this enumeration: resent, it yields an empty page of cases.
      cursor = response.cursor;
      if (!response.hasMore) {
        await replaceHeldCases(db, userId, cases);
        casesDone = true;
      }
    }
    if (casesDone && !response.recordsHaveMore) return ok({ count: cases.length });
  }
  return err({ kind: "invalid_response" });
}
