import type { Page } from "@playwright/test";
import { launchDevice, newDeviceDir, waitForOfflineReady } from "./device";
import { expect, loginAs, test } from "./fixtures";
import { captureValuation } from "./journeys";
import { RecordPage } from "./pages/record-page";

// Issue #5 end to end: the officer captures offline and syncs; the head returns the record with a reason; the
// officer pulls, reads the reason, revises and syncs; the head sees the diff and approves; the officer sees
// « Đã duyệt ». Two browsers: the officer's phone (a persistent profile) and the head's desktop.

test.setTimeout(240_000);

const REASON = "Giá xác định chưa khớp với biên bản kê biên, đề nghị kiểm tra lại";

/** The head opens a record from the queue by its id. */
async function openFromQueue(page: Page, recordId: string) {
  await page.goto("/review");
  const item = page.locator(`[data-testid="review-item"][data-record-id="${recordId}"]`);
  await expect(item).toBeVisible({ timeout: 30_000 });
  await item.getByTestId("review-item-link").click();
  await expect(page.getByTestId("record-document")).toBeVisible({ timeout: 30_000 });
}

test("returned with a reason, revised on the phone, approved after the diff: the officer sees Đã duyệt", async ({ baseURL, page: desk }) => {
  if (!baseURL) throw new Error("baseURL");
  const phone = await launchDevice(baseURL, newDeviceDir());
  const officer = phone.page;
  await loginAs(officer, "chv.tphd");
  await expect(officer.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  await waitForOfflineReady(officer);

  // 1. Captured in a commune with no network, sent when the network returns.
  await phone.context.setOffline(true);
  const originalId = await captureValuation(officer, 3_200_000);
  await expect(officer.getByTestId("record-sync-state")).toHaveText("Chờ gửi");
  await phone.context.setOffline(false);
  await expect(officer.getByTestId("record-sync-state")).toContainText("Đã gửi", { timeout: 30_000 });

  // 2. The head returns it, with a category and a reason.
  await loginAs(desk, "cct.tphd");
  await openFromQueue(desk, originalId);
  await expect(desk.getByTestId("integrity-badge")).toHaveText(/Nguyên vẹn/);
  await desk.getByTestId("return-button").click();
  const form = desk.getByTestId("return-form");
  await form.getByRole("radio", { name: "Thông tin chưa chính xác" }).check();
  await form.getByTestId("return-text").fill(REASON);
  await form.getByTestId("return-submit").click();
  await expect(desk.getByTestId("decision-result")).toContainText("Trả lại để sửa", { timeout: 30_000 });

  // 3. Opening the app syncs (push, then pull): the returned record is on top of the home with its reason.
  await officer.goto("/");
  const returned = officer.getByTestId("returned-records");
  await expect(returned.getByTestId("returned-record")).toHaveCount(1, { timeout: 30_000 });
  await expect(returned).toContainText(REASON);
  await returned.getByRole("link").first().click();
  await expect(officer.getByTestId("return-reason")).toContainText(REASON);
  await expect(officer.getByTestId("record-review-state")).toContainText("Bị trả lại");

  // 4. « Sửa và gửi lại »: a prefilled revision; the officer corrects the price and finalizes it.
  await officer.getByRole("button", { name: "Sửa và gửi lại" }).click();
  await officer.getByRole("dialog").getByRole("button", { name: "Lập bản sửa" }).click();
  await expect(officer).not.toHaveURL(new RegExp(originalId)); // the page moves to the new draft
  const revisionId = new URL(officer.url()).searchParams.get("id") ?? "";
  expect(revisionId).not.toBe(originalId);
  const revision = new RecordPage(officer);
  await revision.takeGps(); // a revision is made now, where the officer is: a new fix, not the old one
  await officer.getByLabel("Giá do Chấp hành viên xác định (đồng)").fill("3500000");
  await officer.getByRole("button", { name: "Lấy giá đã xác định" }).click();
  await revision.finalize();
  await expect(officer.getByTestId("record-sync-state")).toContainText("Đã gửi", { timeout: 30_000 });

  // 5. The head sees the revision, the price in its diff, and approves it.
  await openFromQueue(desk, revisionId);
  const priceRow = desk.getByTestId("diff-row").filter({ hasText: "3.500.000" });
  await expect(priceRow.first()).toBeVisible();
  await expect(priceRow.first().getByTestId("diff-before")).toContainText("3.200.000");
  await desk.getByTestId("approve-button").click();
  await desk.getByRole("dialog").getByRole("button", { name: "Duyệt biên bản" }).click();
  await expect(desk.getByTestId("decision-result")).toContainText("Đã duyệt", { timeout: 30_000 });

  // 6. The phone: the revision is approved, the returned original is superseded and off the home.
  await officer.goto(`/record?id=${revisionId}`);
  await expect(officer.getByTestId("record-review-state")).toContainText("Đã duyệt", { timeout: 30_000 });
  await officer.goto("/");
  await expect(officer.getByTestId("returned-records")).toHaveCount(0);
  await phone.context.close();
});
