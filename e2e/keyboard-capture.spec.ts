import type { Locator, Page } from "@playwright/test";
import { FIELD_POSITION } from "./device";
import { ACCOUNTS, DEMO_PASSWORD, expect, test } from "./fixtures";

// Issue #7, accessibility: an officer who cannot use a touch screen or a mouse signs in and fills the main
// capture form from the keyboard alone — Tab to each field in reading order, type, Space and Enter on buttons,
// arrow keys in a radio group, Escape to leave a dialog — and is told, with the focus, what is missing.

test.setTimeout(120_000);
test.use({ geolocation: FIELD_POSITION, permissions: ["geolocation"] });

/** Presses Tab until `target` has the focus; fails if it takes more than `maxPresses` (a broken focus order). */
async function tabTo(page: Page, target: Locator, maxPresses = 12) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target, `reached with at most ${maxPresses} Tab presses`).toBeFocused();
}

test("sign-in and a valuation record from the keyboard alone; the missing signature is announced with the focus", async ({ page }) => {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Tên đăng nhập"));
  await page.keyboard.type(ACCOUNTS.officer.username);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mật khẩu")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("current-user")).toBeVisible();

  const firstCase = page.getByTestId("case-list").getByRole("link").first();
  await expect(firstCase).toBeVisible({ timeout: 30_000 });
  await firstCase.focus();
  await page.keyboard.press("Enter");
  const newValuation = page.getByRole("button", { name: "Biên bản thẩm định giá / xác định giá" });
  await newValuation.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { level: 1, name: "Biên bản thẩm định giá / xác định giá" })).toBeVisible();

  const gps = page.getByRole("button", { name: "Lấy vị trí GPS" });
  await gps.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("gps-fix")).toContainText("sai số ± 12 m");

  // The asset, in the order of the minutes.
  const asset = page.getByRole("group", { name: "Tài sản 1", exact: true });
  await tabTo(page, asset.getByLabel("Mô tả tài sản"));
  await page.keyboard.type("Tủ lạnh Sanyo 150 lít, đã qua sử dụng");
  await tabTo(page, asset.getByLabel("Tham chiếu tài sản (biên bản kê biên, số thứ tự)"), 2);
  await page.keyboard.type("Biên bản kê biên, mục 3");

  // A radio group: Tab enters it, Space chooses, the arrow keys move the choice.
  const method = page.getByRole("group", { name: "Phương thức" });
  await tabTo(page, method.getByRole("radio").first());
  await page.keyboard.press("Space");
  await expect(method.getByRole("radio").first()).toBeChecked();
  const selfSet = method.getByRole("radio", { name: "Chấp hành viên xác định giá" });
  for (let presses = 0; presses < 5 && !(await selfSet.isChecked()); presses += 1) await page.keyboard.press("ArrowDown");
  await expect(selfSet).toBeChecked();
  const reason = page.getByRole("group", { name: "Lý do Chấp hành viên xác định giá" });
  await tabTo(page, reason.getByRole("radio").first());
  await page.keyboard.press("ArrowDown");
  await expect(reason.getByRole("radio", { name: "Tài sản có giá trị nhỏ" })).toBeChecked();
  await tabTo(page, page.getByLabel("Giá do Chấp hành viên xác định (đồng)"));
  await page.keyboard.type("2500000");
  const copyPrice = page.getByRole("button", { name: "Lấy giá đã xác định" });
  await tabTo(page, copyPrice);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Giá khởi điểm (đồng)")).toHaveValue("2.500.000");
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu bản nháp");

  // Hoàn tất: Escape leaves the dialog with the focus back on the button; confirming with Enter reports the
  // officer's missing signature and moves the focus to that report.
  const finalize = page.getByRole("button", { name: "Hoàn tất", exact: true });
  await finalize.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Hoàn tất biên bản?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Quay lại sửa" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(finalize).toBeFocused();
  await page.keyboard.press("Enter");
  await tabTo(page, dialog.getByRole("button", { name: "Xác nhận hoàn tất" }), 2);
  await page.keyboard.press("Enter");
  const problems = page.locator("#finalize-errors");
  await expect(problems).toBeFocused();
  await expect(problems).toContainText("Biên bản chưa hoàn tất được");
  await expect(page.getByTestId("final-banner")).toHaveCount(0);
});
