import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { SessionUser } from "@/lib/domain/users";
import { caseDetail } from "@/test/case-detail-fixture";
import { clearDeviceSession, readDeviceSession, saveDeviceSession } from "./device-session";
import { ensureDeviceId } from "./device-id";
import { type FieldDatabase, openFieldDatabase } from "./field-database";
import { caseMatches, casesPulledAt, listHeldCases, replaceHeldCases } from "./local-cases";

let db: FieldDatabase;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = openFieldDatabase(`cases-test-${name}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const OFFICER_A = "0a000000-0000-4000-8000-00000000000a";
const OFFICER_B = "0b000000-0000-4000-8000-00000000000b";

test("a complete pull replaces the user's set, leaving other users' cases alone", async () => {
  const c1 = "10000000-0000-4000-8000-000000000001";
  const c2 = "10000000-0000-4000-8000-000000000002";
  const c3 = "10000000-0000-4000-8000-000000000003";
  await replaceHeldCases(db, OFFICER_A, [caseDetail(c1, "Nguyễn Văn Hùng", OFFICER_A), caseDetail(c2, "Lê Thị Mai", OFFICER_A)]);
  await replaceHeldCases(db, OFFICER_B, [caseDetail(c3, "Phạm Văn Tú", OFFICER_B)]);
  await replaceHeldCases(db, OFFICER_A, [caseDetail(c2, "Lê Thị Mai", OFFICER_A)]); // c1 was unassigned
  expect((await listHeldCases(db, OFFICER_A)).map((c) => c.id)).toEqual([c2]);
  expect((await listHeldCases(db, OFFICER_B)).map((c) => c.id)).toEqual([c3]);
});

test("a pull that changes nothing writes no case; a changed case is rewritten, a new one added, a gone one removed", async () => {
  const [c1, c2, c3, c4] = ["10000000-0000-4000-8000-000000000011", "10000000-0000-4000-8000-000000000012", "10000000-0000-4000-8000-000000000013", "10000000-0000-4000-8000-000000000014"];
  const first = new Date("2026-11-29T01:00:00Z");
  await replaceHeldCases(db, OFFICER_A, [caseDetail(c1, "Nguyễn Văn Hùng", OFFICER_A), caseDetail(c2, "Lê Thị Mai", OFFICER_A), caseDetail(c3, "Phạm Văn Tú", OFFICER_A)], first);
  let writes = 0;
  const countWrite = () => {
    writes += 1;
  };
  db.cases.hook("creating", countWrite);
  db.cases.hook("updating", countWrite);
  db.cases.hook("deleting", countWrite);
  try {
    const again = new Date("2026-11-29T02:00:00Z");
    await replaceHeldCases(db, OFFICER_A, [caseDetail(c1, "Nguyễn Văn Hùng", OFFICER_A), caseDetail(c2, "Lê Thị Mai", OFFICER_A), caseDetail(c3, "Phạm Văn Tú", OFFICER_A)], again);
    expect(writes).toBe(0);
    expect(await casesPulledAt(db, OFFICER_A)).toBe(again.toISOString());

    const later = new Date("2026-11-29T03:00:00Z");
    await replaceHeldCases(db, OFFICER_A, [caseDetail(c1, "Nguyễn Văn Hùng", OFFICER_A), caseDetail(c2, "Lê Thị Mai Anh", OFFICER_A), caseDetail(c4, "Đỗ Văn Nam", OFFICER_A)], later);
    expect(writes).toBeGreaterThan(0);
  } finally {
    db.cases.hook("creating").unsubscribe(countWrite);
    db.cases.hook("updating").unsubscribe(countWrite);
    db.cases.hook("deleting").unsubscribe(countWrite);
  }
  const held = new Map((await listHeldCases(db, OFFICER_A)).map((row) => [row.id, row]));
  expect([...held.keys()].sort()).toEqual([c1, c2, c4]);
  expect(held.get(c1)?.pulledAt).toBe(first.toISOString()); // unchanged: the copy from the first pull
  expect(held.get(c2)?.pulledAt).toBe("2026-11-29T03:00:00.000Z");
  expect(caseMatches(held.get(c2) as NonNullable<ReturnType<typeof held.get>>, "mai anh")).toBe(true);
  expect(held.get(c4)?.pulledAt).toBe("2026-11-29T03:00:00.000Z");
});

test("search ignores diacritics and case and covers names, decision numbers and ID numbers", async () => {
  const id = "10000000-0000-4000-8000-000000000004";
  await replaceHeldCases(db, OFFICER_A, [caseDetail(id, "Nguyễn Văn Hùng", OFFICER_A)]);
  const [held] = await listHeldCases(db, OFFICER_A);
  if (!held) throw new Error("not stored");
  for (const query of ["nguyen van hung", "HÙNG", "123/qđ", "030085001234", "nong nghiep", ""]) expect(caseMatches(held, query), query).toBe(true);
  for (const query of ["tran", "999"]) expect(caseMatches(held, query), query).toBe(false);
});

test("the device session survives as a snapshot and sign-out forgets only the session", async () => {
  const user: SessionUser = { id: OFFICER_A, role: "officer", unitId: "0c000000-0000-4000-8000-00000000000c", name: "Nguyễn Văn An", username: "chv.tphd" };
  expect(await readDeviceSession(db)).toBeNull();
  await saveDeviceSession(db, user, new Date("2026-11-29T01:00:00Z"));
  expect(await readDeviceSession(db)).toEqual({ user, verifiedAt: "2026-11-29T01:00:00.000Z" });
  const deviceId = await ensureDeviceId(db);
  expect(await ensureDeviceId(db)).toBe(deviceId);
  await clearDeviceSession(db);
  expect(await readDeviceSession(db)).toBeNull();
  expect(await ensureDeviceId(db)).toBe(deviceId);
});
