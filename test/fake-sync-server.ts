// An in-memory stand-in for the sync API, for the engine's unit tests: it keeps records by id and hash and
// attachments by sha256, answers like the real contract (duplicate/conflict/rejected inside a 200), serves the
// record stream of the pull with the head's review, and can be told to fail in the ways a rural network fails.
// Test-only (imported by *.test.ts files).
import type { CaseDetail } from "@/lib/domain/api/cases";
import { FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import { RecordTypeSchema } from "@/lib/domain/records/envelope";
import { type RecordType } from "@/lib/domain/records/record-types";
import type { ReviewDecision } from "@/lib/domain/review/review-schemas";
import { type ReviewState, reviewTransition } from "@/lib/domain/review/review-state";
import type { MutationResult, PulledRecord, PushRequest } from "@/lib/domain/sync-push";

export interface FakeServerFaults {
  /** Commit the batch, then drop the connection before the response (the classic lost acknowledgement). */
  dropAfterCommit?: number; // how many push calls to treat so
  failPushWith?: number[]; // statuses for the next push calls (500, 401, 413, 426…)
  offline?: boolean;
  rejectIds?: Set<string>;
  maxBatch?: number; // answer 413 above this many mutations
}

/**
 * A record as the fake server holds it. Only `hash` and `serverSeq` are required, so a test can seed one
 * directly (`records.set(id, { hash, serverSeq })`); the rest is filled by a push and by `decide`.
 */
export interface FakeServerRecord {
  hash: string;
  serverSeq: number;
  caseId?: string;
  type?: RecordType;
  revisionOf?: string | null;
  receivedAt?: string;
  reviewState?: ReviewState;
  review?: PulledRecord["review"];
  supersededBy?: string | null;
}

const RECEIVED_AT = "2026-11-29T02:00:00.000Z";

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === "string" ? value : null;
}

export function createFakeServer(faults: FakeServerFaults = {}) {
  const records = new Map<string, FakeServerRecord>();
  const attachments = new Set<string>();
  const cases: CaseDetail[] = []; // the snapshot every pull answers with (one page)
  let seq = 0;
  const calls = { push: 0, put: 0, post: 0, pull: 0 };

  function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }

  /** Gives a stored record a new serverSeq, so that it comes back in the pull's stream (like a decision does). */
  function bump(id: string, changes: Partial<FakeServerRecord>): void {
    const current = records.get(id);
    if (!current) throw new Error(`fake server: no record ${id}`);
    seq += 1;
    records.set(id, { ...current, ...changes, serverSeq: seq });
  }

  function reviewRefusal(id: string, revisionOf: string | null): MutationResult | null {
    const original = revisionOf ? records.get(revisionOf) : undefined;
    if (!original || reviewTransition(original.reviewState ?? "submitted", "supersede").ok) return null;
    const detail = "Biên bản gốc đã được duyệt hoặc đã có bản sửa; không nhận bản sửa này";
    return { id, status: "rejected", reason: "review_state", problem: { type: "urn:thads:problem:conflict", title: "Xung đột dữ liệu", status: 409, code: "conflict", detail } };
  }

  async function handlePush(body: PushRequest): Promise<Response> {
    const status = faults.failPushWith?.shift();
    if (status) return json(status, { title: "fault", status });
    if (faults.maxBatch !== undefined && body.mutations.length > faults.maxBatch) return json(413, { title: "too large", status: 413 });
    const results: MutationResult[] = body.mutations.map((mutation) => {
      const hash = String(stringField(mutation.record, "contentHash"));
      if (faults.rejectIds?.has(mutation.id)) {
        return {
          id: mutation.id,
          status: "rejected",
          reason: "validation",
          problem: { type: "urn:thads:problem:validation_failed", title: "Dữ liệu không hợp lệ", status: 400, code: "validation_failed", detail: "Thiếu chữ ký", errors: [{ path: "payload.participants", message: "Thiếu chữ ký" }] },
        };
      }
      const existing = records.get(mutation.id);
      if (existing && existing.hash !== hash) {
        return { id: mutation.id, status: "conflict", serverHash: existing.hash, problem: { type: "urn:thads:problem:conflict", title: "Xung đột dữ liệu", status: 409, code: "conflict" } };
      }
      if (existing) return { id: mutation.id, status: "duplicate", serverSeq: existing.serverSeq, receivedAt: RECEIVED_AT };
      const revisionOf = stringField(mutation.record, "revisionOf");
      const refusal = reviewRefusal(mutation.id, revisionOf);
      if (refusal) return refusal;
      const type = RecordTypeSchema.safeParse(mutation.record.type);
      seq += 1;
      const serverSeq = seq;
      records.set(mutation.id, {
        hash,
        serverSeq,
        caseId: stringField(mutation.record, "caseId") ?? FIXTURE_CASE_ID,
        type: type.success ? type.data : "xac_minh",
        revisionOf,
        receivedAt: RECEIVED_AT,
        reviewState: "submitted",
        review: null,
        supersededBy: null,
      });
      // The record it revises is superseded, and comes back in the stream with a new serverSeq.
      if (revisionOf && records.has(revisionOf)) bump(revisionOf, { reviewState: "superseded", supersededBy: mutation.id });
      return { id: mutation.id, status: "applied", serverSeq, receivedAt: RECEIVED_AT };
    });
    if (faults.dropAfterCommit && faults.dropAfterCommit > 0) {
      faults.dropAfterCommit -= 1;
      throw new TypeError("Failed to fetch"); // committed, but the phone never hears back
    }
    return json(200, { protocol: 1, results });
  }

  function pulledRecord(id: string, record: FakeServerRecord): PulledRecord {
    return {
      id,
      caseId: record.caseId ?? FIXTURE_CASE_ID,
      type: record.type ?? "xac_minh",
      contentHash: record.hash,
      serverSeq: record.serverSeq,
      receivedAt: record.receivedAt ?? RECEIVED_AT,
      reviewState: record.reviewState ?? "submitted",
      review: record.review ?? null,
      supersededBy: record.supersededBy ?? null,
    };
  }

  /** One page: the whole case snapshot (fine for tests) and the records with serverSeq > since, in order. */
  function handlePull(url: URL): Response {
    const since = Number(url.searchParams.get("since") ?? "0");
    const limit = Number(url.searchParams.get("limit") ?? "200");
    const newer = [...records.entries()]
      .filter(([, record]) => record.serverSeq > since)
      .sort(([, a], [, b]) => a.serverSeq - b.serverSeq)
      .map(([id, record]) => pulledRecord(id, record));
    const page = newer.slice(0, limit);
    return json(200, {
      protocol: 1,
      cursor: "fake-cursor",
      hasMore: false,
      snapshot: true,
      cases,
      removedCaseIds: [],
      records: page,
      recordsSince: page.at(-1)?.serverSeq ?? since,
      recordsHaveMore: newer.length > page.length,
      reference: null,
    });
  }

  /** The head approves or returns a record, as POST /api/review/{id} would: a new serverSeq, the latest decision. */
  function decide(id: string, decision: ReviewDecision, decidedAt = "2026-12-01T03:00:00.000Z"): void {
    const current = records.get(id);
    const move = decision.decision === "approve" ? "approve" : "return";
    const transition = reviewTransition(current?.reviewState ?? "submitted", move);
    if (!current || !transition.ok) throw new Error(`fake server: cannot ${move} ${id}`);
    bump(id, { reviewState: transition.to, review: { decidedAt, reason: decision.decision === "return" ? decision.reason : null } });
  }

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (faults.offline) throw new TypeError("Failed to fetch");
    const url = String(input);
    if (url.startsWith("/api/attachments/") && init?.method === "PUT") {
      calls.put += 1;
      attachments.add(url.slice("/api/attachments/".length));
      return new Response(null, { status: 201 });
    }
    if (url === "/api/attachments" && init?.method === "POST" && init.body instanceof FormData) {
      calls.post += 1;
      const results = [...init.body.entries()].map(([sha256, value]) => {
        const known = attachments.has(sha256);
        attachments.add(sha256);
        return { sha256, status: known ? "existing" : "created", mime: "image/png", size: typeof value === "string" ? value.length : Math.max(1, value.size) };
      });
      return json(200, { results });
    }
    if (url === "/api/sync/push") {
      calls.push += 1;
      return handlePush(JSON.parse(String(init?.body)) as PushRequest);
    }
    if (url.startsWith("/api/sync/pull")) {
      calls.pull += 1;
      return handlePull(new URL(url, "http://fake.test"));
    }
    return json(404, { title: "not found", status: 404 });
  };

  return { fetch: fetchImpl as typeof fetch, records, attachments, cases, calls, faults, decide };
}
