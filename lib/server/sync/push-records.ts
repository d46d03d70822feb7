import "server-only";
import { SYNC_PROTOCOL_VERSION } from "@/lib/domain/sync-protocol";
import type { MutationResult, PushResponse } from "@/lib/domain/sync-push";
import type { SessionUser } from "@/lib/domain/users";
import type { Db } from "../db/client";
import { checkMutation } from "./check-mutation";
import { parsePushRequest, type PushEnvelope } from "./push-request";
import { writeRecords } from "./write-records";

/**
 * POST /api/sync/push (protocol 1): one result per mutation, in the order sent. The records that pass the
 * checks are written in ONE transaction for the whole batch — dedupe lookup, inserts with server_seq, attachment
 * links and audit entries — so a failure anywhere (a 500) leaves none of them and the device's retry of the same
 * batch starts clean; a lost response is harmless too, because the replay answers `duplicate`. One transaction
 * per batch also means one lock, one commit and multi-row inserts for up to 50 records (see `npm run bench:sync`).
 */
export async function pushRecords(db: Db, user: SessionUser, envelope: PushEnvelope): Promise<PushResponse> {
  const request = parsePushRequest(envelope);
  const checked = await Promise.all(request.mutations.map((mutation) => checkMutation(mutation, user)));
  const candidates = checked.flatMap((check) => (check.ok ? [check.record] : []));
  const written = candidates.length === 0 ? [] : await db.transaction((tx) => writeRecords(tx, user, request.deviceId, candidates));
  let next = 0;
  const results = checked.map((check): MutationResult => {
    if (!check.ok) return check.result;
    const result = written[next];
    next += 1;
    if (!result) throw new Error("pushRecords: a written record has no result");
    return result;
  });
  return { protocol: SYNC_PROTOCOL_VERSION, results };
}
