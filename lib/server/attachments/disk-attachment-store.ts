import "server-only";
import { randomUUID } from "node:crypto";
import fs, { type FileHandle } from "node:fs/promises";
import path from "node:path";
import { assertAttachmentKey } from "./attachment-key";
import type { AttachmentStore, StoredAttachmentStream } from "./attachment-store";

const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Attachments as files `<root>/<aa>/<bb>/<sha256>` (two levels of 256 folders keep each folder small at national
 * scale). A file appears under its final name only complete: bytes go to a temp file in `<root>/.tmp` (same
 * file system, so rename is atomic), are fsynced, then renamed into place, and the folder is fsynced so the
 * new name survives a power cut. A crash leaves at most an orphan in `.tmp`, never a half file.
 */
export function createDiskAttachmentStore(root: string): AttachmentStore {
  const tempDir = path.join(root, ".tmp");
  // Folders known to exist: mkdir -p of the same two folders on every upload was a third of the store's system
  // calls. A folder removed behind the process's back is recreated when the open or rename fails with ENOENT.
  const madeDirs = new Set<string>();

  async function ensureDir(dir: string, again = false): Promise<void> {
    if (madeDirs.has(dir) && !again) return;
    await fs.mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }

  function fileOf(sha256: string): string {
    assertAttachmentKey(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function has(sha256: string): Promise<boolean> {
    try {
      return (await fs.stat(fileOf(sha256))).isFile();
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async function put(sha256: string, bytes: Uint8Array): Promise<void> {
    const target = fileOf(sha256);
    if (await has(sha256)) return; // content-addressed: the bytes there are these bytes
    await Promise.all([ensureDir(path.dirname(target)), ensureDir(tempDir)]);
    const temp = path.join(tempDir, `${sha256}.${randomUUID()}`);
    try {
      const handle = await fs.open(temp, "wx", 0o640).catch(async (error: unknown) => {
        if (!isNotFound(error)) throw error;
        await ensureDir(tempDir, true);
        return fs.open(temp, "wx", 0o640);
      });
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Two uploads of the same bytes may race here: each renames its own complete copy, the last one wins.
      await fs.rename(temp, target).catch(async (error: unknown) => {
        if (!isNotFound(error)) throw error;
        await ensureDir(path.dirname(target), true);
        await fs.rename(temp, target);
      });
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(path.dirname(target));
  }

  async function get(sha256: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(fileOf(sha256));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async function openStream(sha256: string): Promise<StoredAttachmentStream | null> {
    const file = fileOf(sha256);
    try {
      const { size } = await fs.stat(file);
      return { size, stream: fileStream(file) };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  return { has, put, get, openStream };
}

/**
 * A pull-based web stream of a file: reads only as fast as the response is sent, opens the file on the first
 * read (a response never read — a HEAD, a dropped request — holds no descriptor) and closes it at the end.
 */
function fileStream(file: string): ReadableStream<Uint8Array> {
  let handle: FileHandle | null = null;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          handle ??= await fs.open(file, "r");
          const buffer = new Uint8Array(READ_CHUNK_BYTES);
          const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, null);
          if (bytesRead === 0) {
            await handle.close();
            handle = null;
            controller.close();
            return;
          }
          controller.enqueue(buffer.subarray(0, bytesRead));
        } catch (error) {
          await handle?.close().catch(() => undefined);
          handle = null;
          controller.error(error);
        }
      },
      async cancel() {
        await handle?.close();
        handle = null;
      },
    },
    { highWaterMark: 0 },
  );
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r").catch(() => null);
  if (!handle) return; // Windows cannot open a folder; its rename is durable enough for a dev machine
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
