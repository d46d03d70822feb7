import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createDiskAttachmentStore } from "./disk-attachment-store";

/**
 * Content-addressed bytes of photos, signatures and fingerprints (architecture §8): the key is the SHA-256 of
 * the bytes, so an address never changes meaning and storing the same bytes twice keeps one copy. Written for
 * an S3-compatible backend as much as for the disk: keys only (no paths), whole objects (no appends), and
 * an object is either absent or complete under its key (S3 PUT is atomic; the disk store renames a temp file).
 * The store trusts its caller for the hash: put-attachment verifies it before calling `put`.
 */
export interface AttachmentStore {
  has(sha256: string): Promise<boolean>;
  /** Idempotent: when the key already holds bytes they are left as they are (S3: `If-None-Match: *`). */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  get(sha256: string): Promise<Uint8Array | null>;
  /** The bytes as a stream, with their size, or null when absent (S3: GetObject's body and ContentLength). */
  openStream(sha256: string): Promise<StoredAttachmentStream | null>;
}

export interface StoredAttachmentStream {
  size: number;
  stream: ReadableStream<Uint8Array>;
}

// One store per process, on globalThis so that every route bundle shares it (like the database handle).
const globalForStore = globalThis as typeof globalThis & { __thadsAttachmentStore?: AttachmentStore };

/** The process's store: on disk under `DATA_DIR/attachments` until an object-store backend is configured. */
export function attachmentStore(): AttachmentStore {
  globalForStore.__thadsAttachmentStore ??= createDiskAttachmentStore(path.resolve(env.DATA_DIR, "attachments"));
  return globalForStore.__thadsAttachmentStore;
}

/** Replaces the process's store (tests, or a future backend chosen at start-up); `null` restores the default. */
export function setAttachmentStore(store: AttachmentStore | null): void {
  globalForStore.__thadsAttachmentStore = store ?? undefined;
}
