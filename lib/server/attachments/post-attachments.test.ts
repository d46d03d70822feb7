import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ATTACHMENT_BATCH_MAX_FILES, AttachmentBatchResponseSchema } from "@/lib/domain/api/attachment-batch";
import type { SessionUser } from "@/lib/domain/users";
import { statusOf } from "@/test/app-error-status";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { attachments, units, users } from "../db/schema";
import { createDiskAttachmentStore } from "./disk-attachment-store";
import { postAttachments } from "./post-attachments";
import { countingStore, fakeImage, sha256Hex } from "./test-helpers";

const OFFICE_ID = "00000000-0000-4000-8000-0000000000c1";
const officer: SessionUser = { id: "00000000-0000-4000-8000-0000000000d1", role: "officer", unitId: OFFICE_ID, name: "Nguyễn Văn An", username: "chv.an" };

type Part = { name: string; bytes: Uint8Array; type: string } | { name: string; text: string };

function batch(parts: readonly Part[]): Request {
  const form = new FormData();
  for (const part of parts) {
    if ("text" in part) form.append(part.name, part.text);
    else form.append(part.name, new Blob([Buffer.from(part.bytes)], { type: part.type }), "anh");
  }
  return new Request("http://localhost/api/attachments", { method: "POST", body: form });
}

const asPart = (image: { sha256: string; bytes: Uint8Array; mime: string }) => ({ name: image.sha256, bytes: image.bytes, type: image.mime });

describe.each(testDatabases)("POST attachments (a batch) on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let root: string;

  beforeAll(async () => {
    handle = await target.open();
    root = await fs.mkdtemp(path.join(os.tmpdir(), "thads-post-attachments-"));
    await handle.db.insert(units).values({ id: OFFICE_ID, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office" });
    await handle.db.insert(users).values({ id: officer.id, username: officer.username, displayName: officer.name, role: officer.role, grade: "trung_cap", unitId: OFFICE_ID, passwordHash: "x" });
  });
  afterAll(async () => {
    await handle?.dispose();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  test("each image gets its own result: stored, already there, or refused with its reason — the bad ones do not stop the good", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const [a, b, known] = [fakeImage("image/png", 3_000), fakeImage("image/jpeg", 5_000), fakeImage("image/webp", 2_000)];
    if (!a || !b || !known) throw new Error("images");
    await postAttachments(handle.db, store, officer, batch([asPart(known)]));
    const damaged = fakeImage("image/jpeg");
    const wrongHash = { ...damaged, sha256: sha256Hex(Buffer.from("khác")) };
    const disguised = fakeImage("image/png");
    const response = AttachmentBatchResponseSchema.parse(
      await postAttachments(handle.db, store, officer, batch([asPart(a), asPart(wrongHash), asPart(b), { ...asPart(disguised), type: "image/jpeg" }, asPart(known), { ...asPart(a) }])),
    );
    const by = new Map(response.results.map((result) => [result.sha256, result]));
    expect(by.get(a.sha256)).toEqual({ sha256: a.sha256, status: "created", mime: "image/png", size: 3_000 });
    expect(by.get(b.sha256)).toMatchObject({ status: "created", mime: "image/jpeg" });
    expect(by.get(known.sha256)).toMatchObject({ status: "existing" });
    expect(by.get(wrongHash.sha256)).toMatchObject({ status: "rejected", problem: { status: 422 } });
    expect(by.get(disguised.sha256)).toMatchObject({ status: "rejected", problem: { status: 415 } });
    expect(response.results).toHaveLength(5); // the same image twice in one request: one result
    expect(store.puts).toBe(3); // known (first call), a, b
    const rows = await handle.db.select().from(attachments).where(eq(attachments.uploadedBy, officer.id));
    expect(rows.map((row) => row.sha256).sort()).toEqual([a.sha256, b.sha256, known.sha256].sort());
    expect(Buffer.from((await store.get(b.sha256)) ?? [])).toEqual(Buffer.from(b.bytes));
  });

  test("a request that is not a batch is refused whole: not multipart (415), no file, too many, a text part, a bad name (400)", async () => {
    const store = createDiskAttachmentStore(root);
    const json = new Request("http://localhost/api/attachments", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await statusOf(postAttachments(handle.db, store, officer, json))).toBe(415);
    const tooMany = Array.from({ length: ATTACHMENT_BATCH_MAX_FILES + 1 }, () => asPart(fakeImage("image/png", 100)));
    expect(await statusOf(postAttachments(handle.db, store, officer, batch(tooMany)))).toBe(400);
    expect(await statusOf(postAttachments(handle.db, store, officer, batch([{ name: fakeImage().sha256, text: "không phải ảnh" }])))).toBe(400);
    const image = fakeImage("image/png", 100);
    expect(await statusOf(postAttachments(handle.db, store, officer, batch([{ ...asPart(image), name: "anh.png" }])))).toBe(400);
    const rows = await handle.db.select().from(attachments).where(eq(attachments.sha256, image.sha256));
    expect(rows).toEqual([]);
  });

  test("a body over the batch limit is a 413 before anything is parsed or stored", async () => {
    const store = countingStore(createDiskAttachmentStore(root));
    const big = [fakeImage("image/jpeg", 7 * 1024 * 1024), fakeImage("image/jpeg", 7 * 1024 * 1024)];
    expect(await statusOf(postAttachments(handle.db, store, officer, batch(big.map(asPart))))).toBe(413);
    expect(store.puts).toBe(0);
  });
});
