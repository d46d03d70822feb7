import "client-only";
import { PUSH_MAX_MUTATIONS } from "@/lib/domain/sync-push";
import { SYNC_PROTOCOL_VERSION } from "@/lib/domain/sync-protocol";
import { type LockdownContents, LockdownContentsSchema } from "./lockdown-contents";
import { decryptText, fromBase64 } from "./lockdown-crypto";
import { type Fetch, pushBatch, putAttachment, type TransportError } from "../sync/transport";

export interface ImportSummary {
  author: LockdownContents["author"];
  applied: number;
  duplicate: number;
  rejected: { id: string; message: string }[];
  conflict: { id: string; message: string }[];
}

export type ImportError =
  | { kind: "not_a_lockdown_file" }
  | { kind: "wrong_passphrase_or_damaged" }
  | { kind: "invalid_contents" }
  | { kind: "transport"; error: TransportError };

/**
 * Imports a hand-over file through the same path as a phone's sync: images first, then the records in batches
 * of 50 to /api/sync/push. The server dedupes by record id and content hash, so importing the same file twice
 * — or the phone syncing later — delivers each record exactly once.
 */
export async function importLockdownFile(fileText: string, passphrase: string, fetchImpl: Fetch): Promise<{ ok: true; summary: ImportSummary } | { ok: false; error: ImportError }> {
  const plain = await decryptText(fileText, passphrase);
  if (!plain.ok) return { ok: false, error: { kind: plain.error } };
  let json: unknown;
  try {
    json = JSON.parse(plain.data);
  } catch {
    return { ok: false, error: { kind: "invalid_contents" } };
  }
  const contents = LockdownContentsSchema.safeParse(json);
  if (!contents.success) return { ok: false, error: { kind: "invalid_contents" } };
  const { records, attachments, author, deviceId } = contents.data;

  for (const attachment of attachments) {
    const sent = await putAttachment(fetchImpl, attachment.sha256, new Blob([fromBase64(attachment.base64)], { type: attachment.mime }));
    if (!sent.ok && sent.error.kind !== "refused") return { ok: false, error: { kind: "transport", error: sent.error } };
  }
  const summary: ImportSummary = { author, applied: 0, duplicate: 0, rejected: [], conflict: [] };
  for (let start = 0; start < records.length; start += PUSH_MAX_MUTATIONS) {
    const batch = records.slice(start, start + PUSH_MAX_MUTATIONS);
    const response = await pushBatch(fetchImpl, { protocol: SYNC_PROTOCOL_VERSION, deviceId, mutations: batch.map((record) => ({ id: record.id, type: "record.submit", record })) });
    if (!response.ok) return { ok: false, error: { kind: "transport", error: response.error } };
    for (const result of response.data.results) {
      if (result.status === "applied") summary.applied += 1;
      else if (result.status === "duplicate") summary.duplicate += 1;
      else if (result.status === "rejected") summary.rejected.push({ id: result.id, message: result.problem.detail ?? result.problem.title });
      else summary.conflict.push({ id: result.id, message: result.problem.detail ?? result.problem.title });
    }
  }
  return { ok: true, summary };
}
