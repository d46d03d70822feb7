import { dumpStore, FIELD_POSITION, waitForOfflineReady } from "./device";
import { expect, loginAs, test } from "./fixtures";
import { captureValuation } from "./journeys";

// Issue #7, part 3: signing out never silently strands records the server does not have. Signing out forgets who
// is signed in, not the records (they stay on the device for their author): the guard says so, offers the
// hand-over export, and lets the officer out only after two explicit confirmations.

test.setTimeout(180_000);
test.use({ geolocation: FIELD_POSITION, permissions: ["geolocation"] });

interface StoredOutboxEntry {
  recordId: string;
  state: string;
}

test("with an unsynced record, sign-out is blocked: it shows the count, exports the hand-over file, and signs out only after two confirmations", async ({ page, context }) => {
  await loginAs(page, "chv.tphd");
  await expect(page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  // The record is made while the server cannot be reached for sync: it stays in the outbox.
  await context.route("**/api/sync/push", (route) => route.abort("internetdisconnected"));
  await context.route("**/api/attachments/**", (route) => route.abort("internetdisconnected"));
  const recordId = await captureValuation(page, 1_250_000);
  await page.goto("/");
  await expect(page.getByTestId("unsynced-count")).toHaveText("1");

  // Blocked, with the count and the choices; « Ở lại » keeps the officer signed in.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  const guard = page.getByRole("dialog", { name: "Còn 1 biên bản chưa gửi" });
  await expect(guard).toBeVisible();
  await expect(guard.getByTestId("sign-out-unsynced")).toHaveText("Máy chủ chưa nhận 1 biên bản của bạn.");
  await expect(guard.getByRole("button", { name: "Xuất tệp chuyển giao" })).toBeVisible();
  await expect(guard.getByRole("button", { name: "Vẫn đăng xuất…" })).toBeVisible();
  await guard.getByRole("button", { name: "Ở lại, chưa đăng xuất" }).click();
  await expect(guard).toHaveCount(0);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page).not.toHaveURL(/\/login/);

  // (a) The hand-over file, from the guard itself.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await guard.getByRole("button", { name: "Xuất tệp chuyển giao" }).click();
  await guard.getByLabel("Mật khẩu tệp (ít nhất 8 ký tự)").fill("phong-toa-2026");
  await guard.getByLabel("Nhập lại mật khẩu tệp").fill("phong-toa-2026");
  const download = page.waitForEvent("download");
  await guard.getByRole("button", { name: "Xuất tệp chuyển giao" }).click();
  expect((await download).suggestedFilename()).toMatch(/^chuyen-giao-chv\.tphd-\d{4}-\d{2}-\d{2}\.thads\.json$/);
  await expect(guard.getByRole("status")).toContainText("Đã xuất 1 biên bản");

  // (b) Signing out anyway takes two confirmations, the second naming what may be lost.
  await guard.getByRole("button", { name: "Vẫn đăng xuất…" }).click();
  const first = page.getByRole("dialog", { name: "Đăng xuất khi chưa gửi biên bản?" });
  await expect(first).toContainText("cho tới khi chính bạn đăng nhập lại trên máy này");
  await first.getByRole("button", { name: "Tôi hiểu, tiếp tục" }).click();
  const second = page.getByRole("dialog", { name: "Xác nhận lần hai: có thể mất 1 biên bản" });
  await expect(second.getByTestId("sign-out-loss")).toContainText("1 biên bản chưa gửi sẽ mất hẳn trên máy này");
  await expect(page).not.toHaveURL(/\/login/);
  await second.getByRole("button", { name: "Đăng xuất, chấp nhận có thể mất 1 biên bản" }).click();
  await expect(page).toHaveURL(/\/login/);

  // What the dialogs said is what happened: the record is still on the device, in the outbox, for its author.
  const outbox = (await dumpStore(page, "outbox")) as StoredOutboxEntry[];
  expect(outbox.filter((entry) => entry.recordId === recordId).map((entry) => entry.state)).toEqual(["pending"]);
  await context.unrouteAll();
  await loginAs(page, "chv.tphd");
  await expect(page.getByTestId("current-user")).toBeVisible();
  // Back online and signed in again, the author's record is sent.
  await page.goto("/outbox");
  await expect(page.getByTestId("sent-list")).toContainText("Đã gửi", { timeout: 30_000 });
});

test("with nothing unsynced, sign-out proceeds as before; offline it is refused and nothing changes", async ({ page, context }) => {
  await loginAs(page, "chv2.tphd");
  await expect(page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  // The sign-out dialog is loaded on demand: offline, only the service worker's precache can serve it.
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  const failed = page.getByRole("dialog", { name: "Chưa đăng xuất" });
  await expect(failed.getByRole("alert")).toContainText("cần có mạng");
  await failed.getByRole("button", { name: "Đóng" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();

  await context.setOffline(false);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
