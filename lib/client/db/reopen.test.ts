import "fake-indexeddb/auto";
import { forceCloseDatabase } from "fake-indexeddb";
import { afterEach, expect, test, vi } from "vitest";
import { finalLocalRecord } from "@/test/local-record";
import { fieldDatabase, type FieldDatabase } from "./field-database";

// The browser closing the app's IndexedDB connection behind its back (iOS does under memory pressure), played
// with fake-indexeddb: forceCloseDatabase fires the `close` event a real browser fires; the next operation must
// work again, through the same shared connection the app uses.

afterEach(() => vi.restoreAllMocks());

// fake-indexeddb 6.2.8 declares the parameter as the FDBDatabase class; its own docs (and code) take a connection.
const forceClose = forceCloseDatabase as unknown as (connection: IDBDatabase) => void;

function liveConnection(db: FieldDatabase): IDBDatabase {
  const backend = db.backendDB();
  expect(backend, "an open connection").toBeTruthy();
  return backend;
}

async function writeRecordAndOutbox(db: FieldDatabase, id: string) {
  await db.transaction("rw", db.records, db.outbox, async () => {
    await db.records.put(finalLocalRecord({ id, sync: { state: "pending" } }));
    await db.outbox.put({ mutationId: `m-${id}`, recordId: id, authorId: "officer-1", state: "pending", createdAt: "2026-11-29T01:00:00.000Z", attempts: 0 });
  });
}

test("after the browser closes the connection, the next write and read reopen it and nothing is lost", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const db = fieldDatabase();
  await writeRecordAndOutbox(db, "before-close");
  forceClose(liveConnection(db));
  expect(db.isOpen()).toBe(false);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("IndexedDB connection closed"));

  await writeRecordAndOutbox(fieldDatabase(), "after-close");
  expect(db.isOpen()).toBe(true);
  expect((await fieldDatabase().records.toArray()).map((record) => record.id).sort()).toEqual(["after-close", "before-close"]);
  expect(await fieldDatabase().outbox.count()).toBe(2);
});

test("a connection lost without any event (closed under Dexie's feet) is reopened on the next transaction", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const db = fieldDatabase();
  await db.meta.put({ key: "k", value: 1 });
  liveConnection(db).close(); // no `close` event: the next transaction creation fails with InvalidStateError
  expect(await fieldDatabase().meta.get("k")).toEqual({ key: "k", value: 1 });
});

test("when the reopen itself fails once, the database is not left dead: the next use opens it again", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const db = fieldDatabase();
  await db.meta.put({ key: "draft", value: "Nhà đóng cửa" });
  const realOpen = indexedDB.open.bind(indexedDB);
  const open = vi.spyOn(indexedDB, "open").mockImplementationOnce(() => {
    throw Object.assign(new Error("Connection to Indexed Database server lost. Refresh the page to try again"), { name: "InvalidAccessError" });
  });
  forceClose(liveConnection(db));
  await expect(db.meta.get("draft")).rejects.toThrow();
  // Without help, Dexie now refuses everything on this connection object…
  await expect(db.meta.get("draft")).rejects.toMatchObject({ name: "DatabaseClosedError" });
  open.mockImplementation(realOpen);
  // …the app always goes through fieldDatabase(), which re-arms it.
  expect(await fieldDatabase().meta.get("draft")).toEqual({ key: "draft", value: "Nhà đóng cửa" });
  await fieldDatabase().meta.put({ key: "draft", value: "Nhà đóng cửa, chờ 20 phút" });
  expect((await fieldDatabase().meta.get("draft"))?.value).toBe("Nhà đóng cửa, chờ 20 phút");
});

test("a close() without arguments (autoOpen switched off) is undone the same way", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  fieldDatabase().close();
  await expect(fieldDatabase().meta.count()).resolves.toBeGreaterThanOrEqual(0);
});
