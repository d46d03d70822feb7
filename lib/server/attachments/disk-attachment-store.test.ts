import { createHash, randomBytes } from "node:crypto";
import fsSync from "node:fs";
import fs, { type FileHandle } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { createDiskAttachmentStore } from "./disk-attachment-store";

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "thads-attachments-"));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

function image(size: number): { sha256: string; bytes: Uint8Array } {
  const bytes = randomBytes(size);
  return { sha256: createHash("sha256").update(bytes).digest("hex"), bytes };
}

function filesUnder(dir: string): string[] {
  return fsSync.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

test("bytes are stored under <aa>/<bb>/<sha256> and read back identical, whole or streamed", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(200_000); // several read chunks
  expect(await store.has(sha256)).toBe(false);
  await store.put(sha256, bytes);
  expect(await store.has(sha256)).toBe(true);
  expect(filesUnder(root)).toEqual([path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256)]);
  expect(Buffer.from((await store.get(sha256)) ?? [])).toEqual(Buffer.from(bytes));
  const opened = await store.openStream(sha256);
  expect(opened?.size).toBe(bytes.byteLength);
  expect(await readAll(opened?.stream ?? new ReadableStream())).toEqual(Buffer.from(bytes));
});

test("a stream opens its file only when read, and closes it when cancelled", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(200_000);
  await store.put(sha256, bytes);
  const open = vi.spyOn(fs, "open");
  const opened = await store.openStream(sha256);
  expect(open).not.toHaveBeenCalled(); // a response nobody reads holds no file descriptor
  const reader = (opened?.stream ?? new ReadableStream<Uint8Array>()).getReader();
  const first = await reader.read();
  expect(Buffer.from(first.value ?? [])).toEqual(Buffer.from(bytes.subarray(0, 64 * 1024)));
  expect(open).toHaveBeenCalledTimes(1);
  const handle: FileHandle | undefined = await open.mock.results[0]?.value;
  const close = vi.spyOn(handle ?? ({} as FileHandle), "close");
  await reader.cancel();
  expect(close).toHaveBeenCalledTimes(1);
});

test("an unknown address is absent: has false, get and openStream null", async () => {
  const store = createDiskAttachmentStore(path.join(root, "never-created"));
  const { sha256 } = image(10);
  expect(await store.has(sha256)).toBe(false);
  expect(await store.get(sha256)).toBeNull();
  expect(await store.openStream(sha256)).toBeNull();
});

test("the same bytes twice make one file, and the second put does not rewrite it", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(1000);
  await store.put(sha256, bytes);
  const file = path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const before = await fs.stat(file);
  const rename = vi.spyOn(fs, "rename");
  const open = vi.spyOn(fs, "open");
  await store.put(sha256, bytes);
  expect(rename).not.toHaveBeenCalled();
  expect(open).not.toHaveBeenCalled();
  const after = await fs.stat(file);
  expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  expect(filesUnder(root)).toHaveLength(1);
});

test("concurrent puts of the same bytes leave one complete file and no temp files", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(300_000);
  await Promise.all(Array.from({ length: 8 }, () => store.put(sha256, bytes)));
  expect(filesUnder(root)).toEqual([path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256)]);
  expect(Buffer.from((await store.get(sha256)) ?? [])).toEqual(Buffer.from(bytes));
});

test("a reader never sees a partial file while a large put is in flight", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(8 * 1024 * 1024);
  let done = false;
  const writing = store.put(sha256, bytes).finally(() => {
    done = true;
  });
  const seen = new Set<number | null>();
  while (!done) {
    const read = await store.get(sha256);
    seen.add(read === null ? null : read.byteLength);
    if (read !== null) expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
  }
  await writing;
  expect([...seen].every((size) => size === null || size === bytes.byteLength)).toBe(true);
});

test("a failed rename leaves nothing under the final name, cleans its temp file, and the next put succeeds", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(50_000);
  vi.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("EIO: simulated rename failure"), { code: "EIO" }));
  await expect(store.put(sha256, bytes)).rejects.toThrow("simulated rename failure");
  expect(await store.has(sha256)).toBe(false);
  expect(await store.get(sha256)).toBeNull();
  expect(filesUnder(root)).toEqual([]); // the temp file is cleaned up too
  await store.put(sha256, bytes);
  expect(Buffer.from((await store.get(sha256)) ?? [])).toEqual(Buffer.from(bytes));
});

test("a crash half-way through the write leaves at most an orphan in .tmp, never a half file under the final name", async () => {
  const store = createDiskAttachmentStore(root);
  const { sha256, bytes } = image(50_000);
  const realOpen = fs.open.bind(fs);
  vi.spyOn(fs, "open").mockImplementationOnce(async (file, flags, mode) => {
    const handle = await realOpen(file, flags, mode);
    vi.spyOn(handle, "writeFile").mockImplementationOnce(async () => {
      await handle.write(bytes.subarray(0, 1000));
      throw Object.assign(new Error("simulated crash mid-write"), { code: "EIO" });
    });
    return handle;
  });
  vi.spyOn(fs, "rm").mockResolvedValueOnce(undefined); // the process died: no clean-up runs
  await expect(store.put(sha256, bytes)).rejects.toThrow("simulated crash");
  expect(await store.has(sha256)).toBe(false);
  expect(await store.get(sha256)).toBeNull();
  const left = filesUnder(root);
  expect(left).toHaveLength(1);
  expect(left[0]?.startsWith(`.tmp${path.sep}${sha256}.`)).toBe(true);
  await store.put(sha256, bytes);
  expect(Buffer.from((await store.get(sha256)) ?? [])).toEqual(Buffer.from(bytes));
});

test("a key that is not a lowercase SHA-256 is refused before touching the disk", async () => {
  const store = createDiskAttachmentStore(root);
  for (const key of ["../../etc/passwd", "A".repeat(64), "ab", `${"a".repeat(62)}/x`]) {
    await expect(store.has(key)).rejects.toThrow("not a SHA-256 key");
    await expect(store.put(key, Uint8Array.of(1))).rejects.toThrow("not a SHA-256 key");
    await expect(store.get(key)).rejects.toThrow("not a SHA-256 key");
  }
  expect(filesUnder(root)).toEqual([]);
});

test("folders removed behind the store's back are made again on the next put", async () => {
  const store = createDiskAttachmentStore(root);
  const first = image(100);
  await store.put(first.sha256, first.bytes);
  await fs.rm(root, { recursive: true, force: true });
  const again = image(100);
  const sameFolder = { sha256: `${first.sha256.slice(0, 4)}${again.sha256.slice(4)}`, bytes: again.bytes }; // not a real hash: the store trusts its caller
  await store.put(sameFolder.sha256, sameFolder.bytes);
  await store.put(first.sha256, first.bytes);
  expect(Buffer.from((await store.get(sameFolder.sha256)) ?? [])).toEqual(Buffer.from(again.bytes));
  expect(Buffer.from((await store.get(first.sha256)) ?? [])).toEqual(Buffer.from(first.bytes));
  expect(filesUnder(root)).toHaveLength(2);
});
