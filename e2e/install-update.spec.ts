import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { waitForOfflineReady } from "./device";
import { expect, loginAs, test } from "./fixtures";

// Issue #7, parts 1 and 2: the app is installable, and a new version never reloads the page under an open form
// or a push in progress.

test.setTimeout(120_000);

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("install criteria: a public manifest with the required fields, maskable 192/512 PNGs, a controlling service worker, all available offline", async ({ page, playwright, baseURL }) => {
  // A client with no session at all: nothing about installing may sit behind the sign-in.
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[]; shortcuts: { name: string; url: string }[] };
  expect(manifest).toMatchObject({ name: "Tác nghiệp THADS", short_name: "THADS", lang: "vi", display: "standalone", start_url: "/", scope: "/", id: "/" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.shortcuts.map((shortcut) => [shortcut.name, shortcut.url])).toEqual([
    ["Hồ sơ của tôi", "/"],
    ["Chờ gửi", "/outbox"],
  ]);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((candidate) => candidate.sizes === `${size}x${size}` && candidate.purpose === "maskable");
    expect(icon, `maskable ${size} icon`).toBeDefined();
  }
  for (const icon of manifest.icons) {
    const image = await anonymous.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const side = Number(icon.sizes.split("x")[0]);
    expect(pngSize(await image.body()), icon.src).toEqual({ width: side, height: side });
  }
  await anonymous.dispose();

  await page.goto("/login");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await waitForOfflineReady(page);

  // Offline, the service worker answers for the manifest and every icon from its precache.
  await page.context().setOffline(true);
  const offline = await page.evaluate(async (urls) => {
    return Promise.all(
      urls.map(async (url) => {
        const answer = await fetch(url);
        return { url, status: answer.status, type: answer.headers.get("content-type") };
      }),
    );
  }, ["/manifest.webmanifest", ...manifest.icons.map((icon) => icon.src)]);
  for (const answer of offline) expect(answer, answer.url).toMatchObject({ status: 200, type: expect.stringMatching(/manifest\+json|image\/png/) });
  await page.context().setOffline(false);
});

const SERVICE_WORKER_FILE = path.join(__dirname, "..", "public", "sw.js");
let builtServiceWorker: Buffer | null = null;

/**
 * A deployment, as the phone sees it: /sw.js changes by a few bytes. The server reads the file on every request,
 * so the test edits it (put back after the test), has the page check for an update — the browser would on its
 * own, later — and waits until the new worker is installed and waiting. Playwright's routing cannot stand in
 * for this: it does not see the browser's service-worker update fetch.
 */
async function publishNewVersion(page: Page, tag: string) {
  builtServiceWorker ??= fs.readFileSync(SERVICE_WORKER_FILE);
  fs.writeFileSync(SERVICE_WORKER_FILE, Buffer.concat([builtServiceWorker, Buffer.from(`\n// e2e: version ${tag}\n`)]));
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await expect.poll(() => hasWaitingWorker(page), { timeout: 30_000 }).toBe(true);
}

test.afterEach(() => {
  if (builtServiceWorker) fs.writeFileSync(SERVICE_WORKER_FILE, builtServiceWorker);
  builtServiceWorker = null;
});

async function hasWaitingWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}

/** After a takeover: the waiting worker is gone (it can only have activated) and a worker controls the page. */
async function expectNewVersionInCharge(page: Page) {
  await expect.poll(() => hasWaitingWorker(page)).toBe(false);
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect(page.getByTestId("update-banner")).toHaveCount(0);
}

/** A flag in the page's window: gone after a reload, kept across client-side navigation. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { e2eSameDocument: true }));
}
async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => "e2eSameDocument" in window);
}

/** Held back: after a while, no reload and the new version still waiting behind the old one. */
async function expectUpdateHeldBack(page: Page) {
  await page.waitForTimeout(3_000);
  expect(await isSameDocument(page)).toBe(true);
  expect(await hasWaitingWorker(page)).toBe(true);
}

async function openDraft(page: Page) {
  await expect(page.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("case-list").getByRole("link").first().click();
  await page.getByRole("button", { name: "Biên bản xác minh điều kiện thi hành án" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Biên bản xác minh điều kiện thi hành án" })).toBeVisible();
}

test("a new version waits while a record is open, and takes over by itself once the form is closed", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await waitForOfflineReady(page);
  await openDraft(page);
  await page.getByLabel("Ghi chú khác").fill("Nhà đóng cửa lúc đến");
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu bản nháp");
  await markDocument(page);

  await publishNewVersion(page, "form-open");
  const banner = page.getByTestId("update-banner");
  await expect(banner).toContainText("Có phiên bản mới");
  await expect(banner).toContainText("khi bạn đóng biên bản đang lập");
  await expectUpdateHeldBack(page);
  await expect(page.getByLabel("Ghi chú khác")).toHaveValue("Nhà đóng cửa lúc đến");

  // Closing the form (back to the case, a client-side navigation) lets the new version in: the page reloads.
  const reloaded = page.waitForEvent("load");
  await page.getByRole("link", { name: /^← Hồ sơ/ }).click();
  await reloaded;
  expect(await isSameDocument(page)).toBe(false);
  await expectNewVersionInCharge(page);
  await expect(page.getByRole("heading", { level: 1, name: /^Hồ sơ / })).toBeVisible();
});

test("a record open in another tab holds the update back in this one too; both take over once it is closed", async ({ page, context }) => {
  await loginAs(page, "chv.tphd");
  await waitForOfflineReady(page);
  await openDraft(page);
  const home = await context.newPage();
  await home.goto("/");
  await expect(home.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  await markDocument(page);
  await markDocument(home);

  await publishNewVersion(home, "other-tab");
  await expect(home.getByTestId("update-banner")).toContainText("khi biên bản đang mở ở cửa sổ khác được đóng");
  await home.waitForTimeout(3_000);
  expect(await isSameDocument(home)).toBe(true);
  expect(await isSameDocument(page)).toBe(true);

  const bothReloaded = Promise.all([page.waitForEvent("load"), home.waitForEvent("load")]);
  await page.getByRole("link", { name: /^← Hồ sơ/ }).click();
  await bothReloaded;
  expect(await isSameDocument(home)).toBe(false);
  await expectNewVersionInCharge(home);
  await expectNewVersionInCharge(page);
});

test("« Cập nhật ngay » with a form open saves the draft first; the text typed survives the reload", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await waitForOfflineReady(page);
  await openDraft(page);
  await publishNewVersion(page, "by-user");
  await expect(page.getByTestId("update-banner")).toContainText("Có phiên bản mới");
  await markDocument(page);

  // Typed and applied at once, without waiting for the « Đã lưu » of the draft.
  const note = "Chờ 20 phút, hàng xóm cho biết người phải thi hành án đi làm xa";
  await page.getByLabel("Ghi chú khác").fill(note);
  const reloaded = page.waitForEvent("load");
  await page.getByRole("button", { name: "Cập nhật ngay" }).click();
  await reloaded;
  expect(await isSameDocument(page)).toBe(false);
  await expectNewVersionInCharge(page);
  await expect(page.getByLabel("Ghi chú khác")).toHaveValue(note);
});

test("a new version waits while the outbox is being sent, and takes over when the push ends", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await waitForOfflineReady(page);
  await expect(page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  // Stand in for a long push: hold the sync pass's Web Lock (lib/client/sync/sync-lock.ts) until told to stop.
  await page.evaluate(() => {
    void navigator.locks.request("thads-sync", () => new Promise<void>((release) => Object.assign(window, { e2eEndPush: release })));
  });
  await page.waitForFunction(() => "e2eEndPush" in window);
  await markDocument(page);

  await publishNewVersion(page, "outbox-busy");
  await expect(page.getByTestId("update-banner")).toContainText("khi gửi xong biên bản");
  await expectUpdateHeldBack(page);

  const reloaded = page.waitForEvent("load");
  await page.evaluate(() => (window as unknown as { e2eEndPush(): void }).e2eEndPush());
  await reloaded;
  await expectNewVersionInCharge(page);
});

test("on Chromium, « Cài ứng dụng » opens the browser's install dialog; « Để sau » is remembered", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  // Headless Chromium never finds the app installable, so the test plays the browser's beforeinstallprompt.
  const offerInstall = () =>
    page.evaluate(() => {
      const event = Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
        prompt: async () => Object.assign(window, { e2ePrompted: true }),
        userChoice: Promise.resolve({ outcome: "accepted" }),
      });
      window.dispatchEvent(event);
      return event.defaultPrevented; // our listener keeps the event instead of Chrome's mini-infobar
    });
  expect(await offerInstall()).toBe(true);
  const offer = page.getByTestId("install-offer");
  await offer.getByRole("button", { name: "Cài ứng dụng" }).click();
  expect(await page.evaluate(() => "e2ePrompted" in window)).toBe(true);
  await expect(offer).toHaveCount(0); // the event is single-use

  expect(await offerInstall()).toBe(true);
  await offer.getByRole("button", { name: "Để sau" }).click();
  await expect(offer).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await offerInstall();
  await page.waitForTimeout(500);
  await expect(page.getByTestId("install-offer")).toHaveCount(0);
});

test("in Safari on an iPhone, the officer is told to add the app to the Home Screen and why; the guide can be hidden", async ({ browser, baseURL }) => {
  const iphone = await browser.newContext({
    baseURL,
    userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
  });
  const page = await iphone.newPage();
  await loginAs(page, "chv.tphd");
  const guide = page.getByTestId("ios-install-guide");
  await expect(guide).toContainText("Thêm vào MH chính");
  await expect(guide).toContainText("sau 7 ngày không dùng");
  // After the cases and sticky at the screen's bottom: appearing after hydration, it must not push the list down.
  await expect(guide).toHaveCSS("position", "sticky");
  await expect(page.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  expect(await guide.evaluate((node) => Boolean((document.querySelector('[data-testid="case-list"]')?.compareDocumentPosition(node) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  const firstStep = guide.getByText("Chạm nút Chia sẻ");
  await expect(firstStep).toBeHidden();
  await guide.getByText("Cách thêm (4 bước)").click();
  await expect(firstStep).toBeVisible();
  await guide.getByRole("button", { name: "Đã hiểu, ẩn hướng dẫn" }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("ios-install-guide")).toHaveCount(0);
  await iphone.close();
});
