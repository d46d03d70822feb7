// An in-memory stand-in for the sync API, for the engine's unit tests: it keeps records by id and hash and
// attachments by sha256, answers like the real contract (duplicate/conflict/rejected inside a 200), and can
// be told to fail in the ways a rural network fails. Test-only (imported by *.test.ts files).
import type { MutationResult, PushRequest } from "@/lib/domain/sync-push";

export interface FakeServerFaults {
  /** Commit the batch, then drop the connection before the response (the classic lost acknowledgement). */
  dropAfterCommit?: number; // how many push calls to treat so
  failPushWith?: number[]; // statuses for the next push calls (500, 401, 413, 426…)
  offline?: boolean;
  rejectIds?: Set<string>;
  maxBatch?: number; // answer 413 above this many mutations
}

export function createFakeServer(faults: FakeServerFaults = {}) {
  const records = new Map<string, { hash: string; serverSeq: number }>();
  const attachments = new Set<string>();
  let seq = 0;
  const calls = { push: 0, put: 0 };

  function json(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }

  async function handlePush(body: PushRequest): Promise<Response> {
    const status = faults.failPushWith?.shift();
    if (status) return json(status, { title: "fault", status });
    if (faults.maxBatch !== undefined && body.mutations.length > faults.maxBatch) return json(413, { title: "too large", status: 413 });
    const results: MutationResult[] = body.mutations.map((mutation) => {
      const hash = String((mutation.record as { contentHash?: unknown }).contentHash);
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
      if (existing) return { id: mutation.id, status: "duplicate", serverSeq: existing.serverSeq, receivedAt: "2026-11-29T02:00:00.000Z" };
      seq += 1;
      records.set(mutation.id, { hash, serverSeq: seq });
      return { id: mutation.id, status: "applied", serverSeq: seq, receivedAt: "2026-11-29T02:00:00.000Z" };
    });
    if (faults.dropAfterCommit && faults.dropAfterCommit > 0) {
      faults.dropAfterCommit -= 1;
      throw new TypeError("Failed to fetch"); // committed, but the phone never hears back
    }
    return json(200, { protocol: 1, results });
  }

  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (faults.offline) throw new TypeError("Failed to fetch");
    const url = String(input);
    if (url.startsWith("/api/attachments/") && init?.method === "PUT") {
      calls.put += 1;
      attachments.add(url.slice("/api/attachments/".length));
      return new Response(null, { status: 201 });
    }
    if (url === "/api/sync/push") {
      calls.push += 1;
      return handlePush(JSON.parse(String(init?.body)) as PushRequest);
    }
    return json(404, { title: "not found", status: 404 });
  };

  return { fetch: fetchImpl as typeof fetch, records, attachments, calls, faults };
}
