import "server-only";
import crypto from "node:crypto";

function sha1Hex(text: string): string {
  // crypto.hash (Node ≥ 20.12) is several times faster than createHash on short inputs, and the seed hashes
  // some 80,000 keys; package.json still allows Node 20.9, hence the fallback.
  return typeof crypto.hash === "function" ? crypto.hash("sha1", text) : crypto.createHash("sha1").update(text).digest("hex");
}

// Ids are derived from a stable key, never random, so re-running the seed yields the same rows and the caller
// can insert with ON CONFLICT DO NOTHING. The layout follows RFC 4122 §4.3 (name-based, SHA-1, version 5)
// without a namespace UUID: the "thads-demo:" prefix plays that role and keeps demo ids apart from real ones.
export function demoUuid(entity: string, key: string): string {
  const hex = sha1Hex(`thads-demo:${entity}:${key}`);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant: 10xx
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
