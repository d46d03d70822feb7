import "client-only";
import { err, ok, type Result } from "@/lib/domain/result";
import { type AttachmentBatchResponse, AttachmentBatchResponseSchema } from "@/lib/domain/api/attachment-batch";
import { type PushRequest, type PushResponse, PushResponseSchema } from "@/lib/domain/sync-push";

// The sync engine's only contact with the network. Every call returns a Result classifying what went wrong,
// because the engine's reaction differs: sign in again (401), update the app (426), halve the batch (413),
// give up on this item (422/415: the bytes or the record are bad), or retry later with backoff (network, 5xx).
export type TransportError =
  | { kind: "network" }
  | { kind: "unauthenticated" }
  | { kind: "upgrade_required" }
  | { kind: "too_large" }
  | { kind: "refused"; status: number; detail: string } // this item will never be accepted as it is
  | { kind: "server"; status: number };

export type Fetch = typeof fetch;

async function problemDetail(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { detail?: unknown; title?: unknown } | null;
  return typeof body?.detail === "string" ? body.detail : typeof body?.title === "string" ? body.title : `HTTP ${response.status}`;
}

async function classify(response: Response): Promise<TransportError> {
  if (response.status === 401) return { kind: "unauthenticated" };
  if (response.status === 426) return { kind: "upgrade_required" };
  if (response.status === 413) return { kind: "too_large" };
  // Only these say "this item, as it is, will never be accepted": bad input, wrong type, bytes not matching
  // their hash. Anything else (404 of a server not yet updated, 403, 5xx…) is retried later with backoff
  // rather than blamed on the officer's record.
  if (response.status === 400 || response.status === 415 || response.status === 422) {
    return { kind: "refused", status: response.status, detail: await problemDetail(response) };
  }
  return { kind: "server", status: response.status };
}

/** Sends one image's bytes to its content address (the lockdown import; the sync engine sends batches). 200 (already there) and 201 (stored) are both success. */
export async function putAttachment(fetchImpl: Fetch, sha256: string, blob: Blob): Promise<Result<void, TransportError>> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/attachments/${sha256}`, { method: "PUT", body: blob, headers: { "content-type": blob.type }, credentials: "same-origin" });
  } catch {
    return err({ kind: "network" });
  }
  if (response.ok) return ok(undefined);
  const error = await classify(response);
  // Batches can be halved; one image cannot: over the limit it is refused for good.
  return err(error.kind === "too_large" ? { kind: "refused", status: 413, detail: "Ảnh quá lớn (tối đa 10 MB)" } : error);
}

/** Sends several images in one multipart request; the per-image outcomes are inside a 200. */
export async function postAttachments(fetchImpl: Fetch, files: readonly { sha256: string; blob: Blob }[]): Promise<Result<AttachmentBatchResponse, TransportError>> {
  const form = new FormData();
  for (const { sha256, blob } of files) form.append(sha256, blob, sha256);
  let response: Response;
  try {
    response = await fetchImpl("/api/attachments", { method: "POST", body: form, headers: { accept: "application/json" }, credentials: "same-origin" });
  } catch {
    return err({ kind: "network" });
  }
  if (!response.ok) return err(await classify(response));
  const parsed = AttachmentBatchResponseSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? ok(parsed.data) : err({ kind: "server", status: response.status });
}

/** Pushes one batch; the per-record outcomes are inside a 200. */
export async function pushBatch(fetchImpl: Fetch, body: PushRequest): Promise<Result<PushResponse, TransportError>> {
  let response: Response;
  try {
    response = await fetchImpl("/api/sync/push", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", accept: "application/json" },
      credentials: "same-origin",
    });
  } catch {
    return err({ kind: "network" });
  }
  if (!response.ok) return err(await classify(response));
  const parsed = PushResponseSchema.safeParse(await response.json().catch(() => null));
  // A 200 we cannot read is treated like a server fault: retried, and the server's dedupe makes that harmless.
  return parsed.success ? ok(parsed.data) : err({ kind: "server", status: response.status });
}
