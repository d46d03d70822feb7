import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "@/lib/domain/attachments";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { attachments, units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import { createDiskAttachmentStore } from "./disk-attachment-store";
import { putAttachment } from "./put-attachment";
import { countingStore, fakeImage, sha256Hex } from "./test-helpers";

const OFFICE_ID = "00000000-0000-4000-8000-0000000000c1";
const officer: SessionUser = { id: "00000000-0000-4000-8000-0000000000d1", role: "officer", unitId: OFFICE_ID, name: "Nguyễn Văn An", username: "chv.an" };
const otherOfficer: SessionUser = { id: "00000000-0000-4000-8000-0000000000d2", role: "officer", unitId: OFFICE_ID, name: "Trần Thị Bình", username: "chv.binh" };

function upload(sha256: string, body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request(`http://localhost/api/attachments/${sha256}`, { method: "PUT", body, headers, duplex: "half" } as RequestInit);
}

function uploadImage(image: { sha256: string; bytes: Uint8Array; mime: string }, overrides: { sha256?: string; contentType?: string } = {}) {
  return upload(overrides.sha256 ?? image.sha256, Buffer.from(image.bytes), { "content-type": overrides.contentType ?? image.mime });
}

/** An endless body that counts what the server pulled and whether it was told to stop. */
function endlessJpegStream(chunkBytes = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const first = fakeImage("image/jpeg", chunkBytes).bytes;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = state.pulled === 0 ? first : new Uint8Array(chunkBytes);
        state.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe.each(testDatabases)("PUT attachment on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let root: string;
  const rowsOf = (sha256: string) => handle.db.select().from(attachments).where(eq(attachments.sha256, sha256));

  beforeAll(async () => {
    handle = await target.open();
    root = await fs.mkdtemp(path.join(os.tmpdir(), "thads-put-attachment-"));
    await handle.db.insert(units).values({ id: OFFICE_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office" });
    await handle.db.insert(users).values(
      [officer, otherOfficer].map((user) => ({ id: user.id, username: user.username, displayName: user.name, role: user.role, grade: "trung_cap" as const, unitId: OFFICE_ID, passwordHash: "x" })),
    );
  });
  afterAll(async () => {
    await handle?.dispose();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  test("new bytes are stored and recorded (201); the same bytes again answer 200 without a rewrite", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const image = fakeImage("image/png", 50_000);
    const first = await putAttachment(handle.db, store, officer, image.sha256, uploadImage(image));
    expect(first).toEqual({ created: true, sha256: image.sha256, mime: "image/png", size: 50_000 });
    expect(Buffer.from((await store.get(image.sha256)) ?? [])).toEqual(Buffer.from(image.bytes));
    expect(await rowsOf(image.sha256)).toMatchObject([{ sha256: image.sha256, mime: "image/png", size: 50_000, uploadedBy: officer.id }]);

    const again = await putAttachment(handle.db, store, otherOfficer, image.sha256, uploadImage(image));
    expect(again).toEqual({ created: false, sha256: image.sha256, mime: "image/png", size: 50_000 });
    expect(store.puts).toBe(1);
    expect(await rowsOf(image.sha256)).toMatchObject([{ uploadedBy: officer.id }]);
  });

  test.each(["image/jpeg", "image/png", "image/webp"] as const)("%s is accepted, with or without parameters", async (mime) => {
    const store = createDiskAttachmentStore(root);
    const image = fakeImage(mime);
    const result = await putAttachment(handle.db, store, officer, image.sha256, uploadImage(image, { contentType: `${mime.toUpperCase()}; name=x` }));
    expect(result).toMatchObject({ created: true, mime });
  });

  test("bytes whose hash differs from the address are refused with 422 and nothing is kept", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const image = fakeImage("image/jpeg");
    const claimed = sha256Hex(Buffer.from("other bytes"));
    const error = await refusal(putAttachment(handle.db, store, officer, claimed, uploadImage(image, { sha256: claimed })));
    expect(error).toMatchObject({ code: "unprocessable", status: 422 });
    expect(error.detail).toContain("không khớp");
    expect(error.detail).toContain(image.sha256.slice(0, 12));
    expect(store.puts).toBe(0);
    expect(await store.has(claimed)).toBe(false);
    expect(await rowsOf(claimed)).toEqual([]);
  });

  test("a body over 10 MB is cut at the limit and refused with 413", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const { stream, state } = endlessJpegStream();
    const claimed = fakeImage().sha256;
    const error = await refusal(putAttachment(handle.db, store, officer, claimed, upload(claimed, stream, { "content-type": "image/jpeg" })));
    expect(error).toMatchObject({ code: "payload_too_large", status: 413, detail: "Nội dung tối đa 10 MB" });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeGreaterThan(MAX_ATTACHMENT_BYTES);
    expect(state.pulled).toBeLessThanOrEqual(MAX_ATTACHMENT_BYTES + 64 * 1024);
    expect(store.puts).toBe(0);
  });

  test("a declared Content-Length over 10 MB is refused with 413 before reading a byte", async () => {
    const { stream, state } = endlessJpegStream();
    const claimed = fakeImage().sha256;
    const request = upload(claimed, stream, { "content-type": "image/jpeg", "content-length": String(MAX_ATTACHMENT_BYTES + 1) });
    const error = await refusal(putAttachment(handle.db, createDiskAttachmentStore(root), officer, claimed, request));
    expect(error).toMatchObject({ status: 413 });
    expect(state.pulled).toBe(0);
  });

  test("exactly 10 MB is accepted", async () => {
    const image = fakeImage("image/jpeg", MAX_ATTACHMENT_BYTES);
    const result = await putAttachment(handle.db, createDiskAttachmentStore(root), officer, image.sha256, uploadImage(image));
    expect(result).toMatchObject({ created: true, size: MAX_ATTACHMENT_BYTES });
  });

  const wrongTypes: { name: string; contentType?: string; bytes: Uint8Array }[] = [
    { name: "text/plain", contentType: "text/plain", bytes: Buffer.from("xin chào") },
    { name: "no Content-Type", bytes: fakeImage("image/jpeg").bytes },
    { name: "image/gif", contentType: "image/gif", bytes: Buffer.from("GIF89a......") },
    { name: "image/svg+xml", contentType: "image/svg+xml", bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") },
    { name: "PNG bytes declared as JPEG", contentType: "image/jpeg", bytes: fakeImage("image/png").bytes },
    { name: "JPEG bytes declared as WebP", contentType: "image/webp", bytes: fakeImage("image/jpeg").bytes },
    { name: "HTML declared as JPEG", contentType: "image/jpeg", bytes: Buffer.from("<html><script>alert(1)</script></html>") },
  ];
  test.each(wrongTypes)("$name is refused with 415 and nothing is kept", async ({ contentType, bytes }) => {
    const store = countingStore(createDiskAttachmentStore(root));
    const sha256 = sha256Hex(bytes);
    const request = upload(sha256, Buffer.from(bytes), contentType ? { "content-type": contentType } : {});
    const error = await refusal(putAttachment(handle.db, store, officer, sha256, request));
    expect(error).toMatchObject({ code: "unsupported_media_type", status: 415 });
    expect(store.puts).toBe(0);
    expect(await rowsOf(sha256)).toEqual([]);
  });

  test("an empty body is refused with 400", async () => {
    const sha256 = sha256Hex(new Uint8Array(0));
    const error = await refusal(putAttachment(handle.db, createDiskAttachmentStore(root), officer, sha256, upload(sha256, null, { "content-type": "image/png" })));
    expect(error).toMatchObject({ code: "bad_request", status: 400 });
  });

  test("concurrent uploads of the same bytes from several devices make one row and one 201", async () => {
    const store = createDiskAttachmentStore(root);
    const image = fakeImage("image/webp", 200_000);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, n) => putAttachment(handle.db, store, n % 2 ? officer : otherOfficer, image.sha256, uploadImage(image))),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await rowsOf(image.sha256)).toHaveLength(1);
    expect(Buffer.from((await store.get(image.sha256)) ?? [])).toEqual(Buffer.from(image.bytes));
    const shard = path.join(root, image.sha256.slice(0, 2), image.sha256.slice(2, 4));
    expect(await fs.readdir(shard)).toEqual([image.sha256]);
    expect(await fs.readdir(path.join(root, ".tmp"))).toEqual([]);
  });

  test("bytes on disk without a row (a crash between the two) are completed by the resend", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const image = fakeImage("image/jpeg");
    await store.put(image.sha256, image.bytes);
    const result = await putAttachment(handle.db, store, officer, image.sha256, uploadImage(image));
    expect(result.created).toBe(true);
    expect(store.puts).toBe(1); // only the simulated earlier write
    expect(await rowsOf(image.sha256)).toHaveLength(1);
  });
});
