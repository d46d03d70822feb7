import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildFieldRecord, buildVerificationPayload } from "@/lib/domain/records/fixtures";
import type { SessionUser } from "@/lib/domain/users";
import { testDatabases } from "@/test/databases";
import type { DbHandle } from "../db/client";
import { attachments, cases, fieldRecords, recordAttachments, units, users } from "../db/schema";
import { AppError } from "../http/app-error";
import type { AttachmentStore } from "./attachment-store";
import { createDiskAttachmentStore } from "./disk-attachment-store";
import { getAttachment } from "./get-attachment";
import { fakeImage } from "./test-helpers";

const PROVINCE = "00000000-0000-4000-8000-0000000001a0";
const OFFICE = "00000000-0000-4000-8000-0000000001a1";
const OTHER_OFFICE = "00000000-0000-4000-8000-0000000001a2";
const FOREIGN_PROVINCE = "00000000-0000-4000-8000-0000000001b0";
const FOREIGN_OFFICE = "00000000-0000-4000-8000-0000000001b1";

function user(n: number, role: SessionUser["role"], unitId: string, username: string): SessionUser {
  return { id: `00000000-0000-4000-8000-0000000002${String(n).padStart(2, "0")}`, role, unitId, name: username, username };
}
const USERS = {
  author: user(1, "officer", OFFICE, "chv.an"),
  otherOfficer: user(2, "officer", OFFICE, "chv.binh"),
  supervisor: user(3, "supervisor", OFFICE, "cct.tphd"),
  otherSupervisor: user(4, "supervisor", OTHER_OFFICE, "cct.chilinh"),
  leader: user(5, "leader", PROVINCE, "lanhdao"),
  admin: user(6, "admin", PROVINCE, "admin"),
  foreignLeader: user(7, "leader", FOREIGN_PROVINCE, "lanhdao.hp"),
  foreignOfficer: user(8, "officer", FOREIGN_OFFICE, "chv.hp"),
} as const;
type Who = keyof typeof USERS;

const photo = fakeImage("image/jpeg", 150_000); // in the author's record on the author's case
const reassignedPhoto = fakeImage("image/png"); // the author's record on a case now assigned to otherOfficer
const unreferenced = fakeImage("image/webp"); // uploaded, in no record yet

async function seed(handle: DbHandle, store: AttachmentStore): Promise<void> {
  const { db } = handle;
  await db.insert(units).values([
    { id: PROVINCE, code: "HD", name: "Cục THADS tỉnh Hải Dương", kind: "province" },
    { id: OFFICE, code: "HD.TPHD", name: "Chi cục THADS TP Hải Dương", kind: "office", parentId: PROVINCE },
    { id: OTHER_OFFICE, code: "HD.CHILINH", name: "Chi cục THADS TP Chí Linh", kind: "office", parentId: PROVINCE },
    { id: FOREIGN_PROVINCE, code: "HP", name: "Cục THADS TP Hải Phòng", kind: "province" },
    { id: FOREIGN_OFFICE, code: "HP.LC", name: "Chi cục THADS quận Lê Chân", kind: "office", parentId: FOREIGN_PROVINCE },
  ]);
  await db.insert(users).values(
    Object.values(USERS).map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.name,
      role: u.role,
      grade: u.role === "officer" ? ("trung_cap" as const) : null,
      unitId: u.unitId,
      passwordHash: "x",
    })),
  );
  const authorsCase = await insertCase(handle, 1, USERS.author.id);
  const reassignedCase = await insertCase(handle, 2, USERS.otherOfficer.id);
  for (const image of [photo, reassignedPhoto, unreferenced]) {
    await store.put(image.sha256, image.bytes);
    await db.insert(attachments).values({ sha256: image.sha256, mime: image.mime, size: image.bytes.byteLength, uploadedBy: USERS.author.id });
  }
  await insertRecord(handle, 1, authorsCase, photo);
  await insertRecord(handle, 2, reassignedCase, reassignedPhoto);
}

async function insertCase(handle: DbHandle, n: number, officerId: string): Promise<string> {
  const id = randomUUID();
  const party = (fullName: string) => ({ type: "person", fullName, address: { asWritten: "Phường Hải Dương, thành phố Hải Phòng" } });
  await handle.db.insert(cases).values({
    id,
    unitId: OFFICE,
    assignedOfficerId: officerId,
    decisionNumber: `${n}/QĐ-CCTHADS`,
    decisionDate: "2026-03-02",
    acceptedDate: "2026-03-02",
    judgmentNumber: `${n}/2025/DS-ST`,
    judgmentDate: "2025-12-15",
    judgmentCourt: "Tòa án nhân dân khu vực 1 – Hải Phòng",
    kind: "theo_yeu_cau",
    debtor: party(`Người phải thi hành ${n}`),
    creditor: party(`Người được thi hành ${n}`),
    searchText: `nguoi phai thi hanh ${n}`,
    status: "dang_thi_hanh",
  });
  return id;
}

async function insertRecord(handle: DbHandle, seq: number, caseId: string, image: ReturnType<typeof fakeImage>): Promise<void> {
  const id = uuidv7();
  const ref = { sha256: image.sha256, mime: image.mime, size: image.bytes.byteLength, kind: "photo" as const };
  const record = buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() }, { id, caseId, authorId: USERS.author.id, state: "final", attachments: [ref] });
  await handle.db.insert(fieldRecords).values({
    id,
    caseId,
    type: record.type,
    authorId: record.authorId,
    deviceId: record.deviceId,
    capturedAt: new Date(record.capturedAt),
    state: record.state,
    contentHash: "c".repeat(64),
    payload: record,
    serverSeq: seq,
  });
  await handle.db.insert(recordAttachments).values({ recordId: id, sha256: image.sha256, kind: ref.kind });
}

describe.each(testDatabases)("GET attachment on $name", (target) => {
  let handle: DbHandle & { dispose(): Promise<void> };
  let root: string;
  let store: AttachmentStore;

  beforeAll(async () => {
    handle = await target.open();
    root = await fs.mkdtemp(path.join(os.tmpdir(), "thads-get-attachment-"));
    store = createDiskAttachmentStore(root);
    await seed(handle, store);
  });
  afterAll(async () => {
    await handle?.dispose();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  async function expectNotFound(who: Who, sha256: string): Promise<void> {
    const error: unknown = await getAttachment(handle.db, store, USERS[who], sha256).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error, `${who} must get 404`).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "not_found", status: 404, detail: "Không tìm thấy ảnh" });
  }

  const matrix: { who: Who; sees: boolean }[] = [
    { who: "author", sees: true },
    { who: "otherOfficer", sees: false },
    { who: "supervisor", sees: true },
    { who: "otherSupervisor", sees: false },
    { who: "leader", sees: true },
    { who: "admin", sees: true },
    { who: "foreignLeader", sees: false },
    { who: "foreignOfficer", sees: false },
  ];
  test.each(matrix)("$who sees the photo of the author's record: $sees", async ({ who, sees }) => {
    if (!sees) return expectNotFound(who, photo.sha256);
    const response = await getAttachment(handle.db, store, USERS[who], photo.sha256);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(photo.bytes));
  });

  test("the response carries the stored type, the length and immutable private caching", async () => {
    const response = await getAttachment(handle.db, store, USERS.author, reassignedPhoto.sha256);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "image/png",
      "content-length": String(reassignedPhoto.bytes.byteLength),
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(reassignedPhoto.bytes));
  });

  test("a record's author and the case's current officer both see it after the case is reassigned", async () => {
    for (const who of ["author", "otherOfficer", "supervisor"] as const) {
      const response = await getAttachment(handle.db, store, USERS[who], reassignedPhoto.sha256);
      expect(response.status, who).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBe(reassignedPhoto.bytes.byteLength);
    }
    await expectNotFound("foreignOfficer", reassignedPhoto.sha256);
  });

  test("an image in no record is 404 for everyone, its uploader included, like an unknown address", async () => {
    for (const who of Object.keys(USERS) as Who[]) await expectNotFound(who, unreferenced.sha256);
    await expectNotFound("admin", fakeImage().sha256);
  });

  test("a row whose bytes are gone is a server fault, not a 404", async () => {
    const emptyStore = createDiskAttachmentStore(path.join(root, "empty"));
    const error: unknown = await getAttachment(handle.db, emptyStore, USERS.author, photo.sha256).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
  });
});
