import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { expect } from "./fixtures";

// A "phone": a browser profile on disk. Closing it and launching it again from the same folder is a real cold
// start — the service worker, its caches and IndexedDB survive, exactly as when the officer closes the app.

export interface Device {
  dir: string;
  context: BrowserContext;
  page: Page;
}

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** A commune office in Hải Dương, as the mocked GPS reports it. */
export const FIELD_POSITION = { latitude: 20.9406, longitude: 106.3335, accuracy: 12 };

export function newDeviceDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "thads-device-"));
}

export async function launchDevice(baseURL: string, dir: string, { offline = false } = {}): Promise<Device> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ARGS,
    baseURL,
    offline,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    serviceWorkers: "allow",
    viewport: { width: 412, height: 900 },
    geolocation: FIELD_POSITION,
    permissions: ["geolocation"],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { dir, context, page };
}

/** Waits until the service worker controls the page: from then on the app shell is on the device. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    }
  });
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Everything in an IndexedDB store of the app, read with the raw API (independent of the app's code). */
export async function dumpStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open("thads-field");
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    // ArrayBuffers do not cross into Node; describe them by size.
    return JSON.parse(JSON.stringify(rows, (_key, value: unknown) => (value instanceof ArrayBuffer ? { byteLength: value.byteLength } : value))) as unknown[];
  }, store);
}
