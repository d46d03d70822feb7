import type { Browser } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";

// Issue #7, part 3: after sign-in the app asks for persistent storage and shows the answer, with advice when it is
// refused, and warns from 80% of the quota. The browser's answers are played by a stub installed before any
// script of the page (headless Chromium's own answers depend on the machine).

interface StorageStub {
  persisted: boolean;
  grants: boolean;
  usage: number;
  quota: number;
}

async function officerHomeWith(browser: Browser, baseURL: string, stub: StorageStub) {
  const context = await browser.newContext({ baseURL, locale: "vi-VN" });
  await context.addInitScript((answers: StorageStub) => {
    const storage = navigator.storage;
    let isPersisted = answers.persisted;
    Object.assign(window, { e2ePersistRequests: 0 });
    storage.persisted = async () => isPersisted;
    storage.persist = async () => {
      (window as unknown as { e2ePersistRequests: number }).e2ePersistRequests += 1;
      isPersisted = isPersisted || answers.grants;
      return isPersisted;
    };
    storage.estimate = async () => ({ usage: answers.usage, quota: answers.quota });
  }, stub);
  const page = await context.newPage();
  await loginAs(page, "chv.tphd");
  return { context, page };
}

const MB = 1024 * 1024;

test("refused persistent storage is shown with advice, and 85% of the quota raises the warning", async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const { context, page } = await officerHomeWith(browser, baseURL, { persisted: false, grants: false, usage: 850 * MB, quota: 1000 * MB });
  await expect(page.getByTestId("storage-persistence")).toHaveText("chưa bật");
  expect(await page.evaluate(() => (window as unknown as { e2ePersistRequests: number }).e2ePersistRequests)).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("persistence-advice")).toContainText("cài ứng dụng lên màn hình chính");
  await expect(page.getByTestId("storage-usage")).toContainText("(85%)");
  await expect(page.getByTestId("storage-full-warning")).toContainText("đã dùng 85%");
  await context.close();
});

test("granted persistent storage shows « đã bật », no advice; 50% of the quota raises no warning", async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const { context, page } = await officerHomeWith(browser, baseURL, { persisted: false, grants: true, usage: 500 * MB, quota: 1000 * MB });
  await expect(page.getByTestId("storage-persistence")).toHaveText("đã bật");
  await expect(page.getByTestId("storage-usage")).toContainText("(50%)");
  await expect(page.getByTestId("persistence-advice")).toHaveCount(0);
  await expect(page.getByTestId("storage-full-warning")).toHaveCount(0);
  await context.close();
});

test("persistent storage is asked once per visit, not again on each screen (Firefox prompts on every request)", async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const { context, page } = await officerHomeWith(browser, baseURL, { persisted: false, grants: false, usage: 10 * MB, quota: 1000 * MB });
  const requests = () => page.evaluate(() => (window as unknown as { e2ePersistRequests: number }).e2ePersistRequests);
  await expect(page.getByTestId("storage-persistence")).toHaveText("chưa bật");
  const asked = await requests();
  expect(asked).toBeGreaterThanOrEqual(1);
  await page.getByRole("link", { name: "Hộp thư đi" }).click();
  await expect(page).toHaveURL(/\/outbox/);
  await expect(page.getByTestId("storage-persistence")).toHaveText("chưa bật");
  await page.goBack();
  await expect(page.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("storage-persistence")).toHaveText("chưa bật");
  expect(await requests()).toBe(asked);
  // The button still asks again on request (a click, which Firefox needs to show its prompt).
  await page.getByRole("button", { name: "Bật lưu trữ bền vững" }).click();
  await expect.poll(requests).toBe(asked + 1);
  await context.close();
});
