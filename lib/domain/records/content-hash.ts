import { canonicalJson, type JsonValue } from "../canonical-json";
import type { FieldRecord } from "./field-record";

// The content hash is what makes a finalized biên bản tamper-evident: SHA-256 over the canonical JSON of the
// whole record (stable key order) with its own hash field emptied. Attachments are inside as their SHA-256,
// so swapping a photo or a signature image changes the hash too. The device computes it at finalize; the
// server and the print view recompute it with this same function.

async function sha256Hex(bytes: BufferSource): Promise<string> {
  // WebCrypto is global in browsers, service workers and Node ≥ 19.
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The exact text that is hashed: the record with `contentHash` set to null, in canonical JSON. */
export function contentHashInput(record: FieldRecord): string {
  const unhashed: FieldRecord = { ...record, contentHash: null };
  // A parsed FieldRecord is plain JSON data (zod output of JSON-shaped schemas).
  return canonicalJson(unhashed as unknown as JsonValue);
}

export async function computeContentHash(record: FieldRecord): Promise<string> {
  return sha256Hex(new TextEncoder().encode(contentHashInput(record)));
}

/** SHA-256 of raw bytes (photos, signatures): the attachment's content address. */
export async function sha256OfBytes(bytes: ArrayBuffer): Promise<string> {
  return sha256Hex(bytes);
}

export async function isContentHashValid(record: FieldRecord): Promise<boolean> {
  return record.contentHash !== null && record.contentHash === (await computeContentHash(record));
}
