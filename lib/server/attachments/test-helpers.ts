import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AttachmentMime } from "@/lib/domain/attachments";
import type { AttachmentStore } from "./attachment-store";

// Shared by the attachment tests (not imported by the app).

const SIGNATURES: Record<AttachmentMime, Uint8Array> = {
  "image/jpeg": Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00),
  "image/png": Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  "image/webp": Uint8Array.from("RIFF\x00\x00\x00\x00WEBPVP8 ", (c) => c.charCodeAt(0)),
};

/** Bytes that start like a real image of `mime` (random after the signature, so every call is a new address). */
export function fakeImage(mime: AttachmentMime = "image/jpeg", size = 4096): { sha256: string; bytes: Uint8Array; mime: AttachmentMime } {
  const bytes = Buffer.concat([SIGNATURES[mime], randomBytes(Math.max(0, size - SIGNATURES[mime].byteLength))]);
  return { sha256: sha256Hex(bytes), bytes, mime };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A store wrapper that counts the writes of new bytes (a put of a key the store holds writes nothing). */
export function countingStore(store: AttachmentStore): AttachmentStore & { puts: number } {
  const counting = {
    puts: 0,
    has: (sha256: string) => store.has(sha256),
    get: (sha256: string) => store.get(sha256),
    openStream: (sha256: string) => store.openStream(sha256),
    async put(sha256: string, bytes: Uint8Array) {
      if (!(await store.has(sha256))) counting.puts += 1;
      await store.put(sha256, bytes);
    },
  };
  return counting;
}
