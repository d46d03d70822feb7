import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { attachmentUsesOf } from "@/lib/domain/records/field-record";
import { buildServicePayload, FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import type { SessionUser } from "@/lib/domain/users";
import { finalizeRecord } from "../capture/finalize-record";
import { type FieldDatabase, openFieldDatabase } from "../db/field-database";
import { storeAttachment } from "../db/local-attachments";
import { createDraft, saveDraft } from "../db/local-records";
import { createFakeServer } from "@/test/fake-sync-server";
import { exportPendingRecords } from "./export-pending";
import { importLockdownFile } from "./import-lockdown";

let db: FieldDatabase;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`lockdown-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const officer: SessionUser = { id: FIXTURE_AUTHOR_ID, role: "officer", unitId: "0c000000-0000-4000-8000-00000000000c", name: "Nguyễn Văn An", username: "chv.tphd" };

async function finalizeService(index: number): Promise<string> {
  const payload = buildServicePayload("niem_yet");
  const real = new Map<string, string>();
  for (const use of attachmentUsesOf({ type: "thong_bao", payload })) {
    const stored = await storeAttachment(db, { bytes: new TextEncoder().encode(`${index}:${use.sha256}`).buffer as ArrayBuffer, mime: "image/jpeg", kind: use.kind, ownerId: officer.id });
    real.set(use.sha256, stored.sha256);
  }
  const remapped = JSON.parse(JSON.stringify(payload), (_key, value: unknown) => (typeof value === "string" && real.has(value) ? real.get(value) : value)) as typeof payload;
  const draft = await createDraft(db, { authorId: officer.id, caseId: FIXTURE_CASE_ID, type: "thong_bao", payload: remapped, deviceId: "device-lockdown-1" });
  await saveDraft(db, draft.id, { location: { lat: 20.9, lng: 106.3, accuracy: 8 } });
  const stored = await db.records.get(draft.id);
  if (!stored) throw new Error("lost");
  const outcome = await finalizeRecord(db, stored);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return draft.id;
}

test("a hand-over file imported twice delivers each record exactly once; the phone's later sync is harmless", async () => {
  const ids = [await finalizeService(1), await finalizeService(2), await finalizeService(3)];
  const exported = await exportPendingRecords(db, officer, "chuyen giao 2021");
  if (!exported.ok) throw new Error(exported.error);
  expect(exported.count).toBe(3);
  expect(exported.fileName).toMatch(/^chuyen-giao-chv\.tphd-\d{4}-\d{2}-\d{2}\.thads\.json$/);
  const text = await exported.file.text();
  expect(text).not.toContain("Lê Văn Cường"); // encrypted: no personal data in clear

  const server = createFakeServer();
  const first = await importLockdownFile(text, "chuyen giao 2021", server.fetch);
  expect(first).toMatchObject({ ok: true, summary: { applied: 3, duplicate: 0, rejected: [], conflict: [], author: { username: "chv.tphd" } } });
  const second = await importLockdownFile(text, "chuyen giao 2021", server.fetch);
  expect(second).toMatchObject({ ok: true, summary: { applied: 0, duplicate: 3 } });
  expect([...server.records.keys()].sort()).toEqual([...ids].sort());

  // The records never left the phone's outbox; when it syncs, the server already has them.
  expect(await db.outbox.count()).toBe(3);
});

test("the wrong passphrase imports nothing", async () => {
  await finalizeService(1);
  const exported = await exportPendingRecords(db, officer, "chuyen giao 2021");
  if (!exported.ok) throw new Error(exported.error);
  const server = createFakeServer();
  expect(await importLockdownFile(await exported.file.text(), "sai mat khau", server.fetch)).toEqual({ ok: false, error: { kind: "wrong_passphrase_or_damaged" } });
  expect(server.records.size).toBe(0);
});

test("nothing to export, or a short passphrase, is said plainly", async () => {
  expect(await exportPendingRecords(db, officer, "chuyen giao 2021")).toEqual({ ok: false, error: "Không có biên bản nào chờ gửi để xuất" });
  await finalizeService(1);
  expect(await exportPendingRecords(db, officer, "ngan")).toMatchObject({ ok: false, error: expect.stringMatching(/ít nhất 8 ký tự/) });
});
