import { expect, loginAs, test } from "./fixtures";
import { RecordPage } from "./pages/record-page";

// The rules an officer meets while capturing: inline Vietnamese messages on *Hoàn tất*, the GPS accuracy
// warning with its reason, and corrections as revisions of a frozen record.

test.use({ geolocation: { latitude: 20.94, longitude: 106.33, accuracy: 250 }, permissions: ["geolocation"] });

async function newVerification(page: import("@playwright/test").Page) {
  await loginAs(page, "chv2.tphd");
  await page.getByTestId("case-list").getByRole("link").first().click();
  await page.getByRole("button", { name: "Biên bản xác minh điều kiện thi hành án" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Biên bản xác minh điều kiện thi hành án" })).toBeVisible();
}

test("Hoàn tất on an incomplete record lists what to fix, inline and in Vietnamese, and freezes nothing", async ({ page }) => {
  await newVerification(page);
  await page.getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await page.getByRole("button", { name: "Xác nhận hoàn tất" }).click();
  const summary = page.locator("#finalize-errors");
  await expect(summary).toContainText(/Biên bản chưa hoàn tất được: còn \d+ chỗ cần sửa/);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Chưa có vị trí GPS: ghi rõ lý do");
  // The message sits under its field and is tied to it for screen readers.
  const endedAt = page.getByLabel("Kết thúc lúc");
  await expect(endedAt).toHaveAttribute("aria-invalid", "true");
  await expect(endedAt).toHaveAccessibleDescription(/Chưa nhập thông tin bắt buộc này/);
  // Fixing a field clears its message at once.
  await endedAt.fill("2026-11-30T10:00");
  await expect(endedAt).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("final-banner")).toHaveCount(0);
});

test("a GPS fix above 100 m is flagged and needs a reason; the reason lets the officer finalize", async ({ page }) => {
  await newVerification(page);
  const record = new RecordPage(page);
  await page.getByRole("button", { name: "Lấy vị trí GPS" }).click();
  await expect(page.getByTestId("gps-fix")).toContainText("sai số ± 250 m");
  await expect(page.getByText(/Sai số trên 100 m/)).toBeVisible();
  await page.getByLabel("Kết thúc lúc").fill("2099-01-01T10:00");
  await page.getByLabel("Bắt đầu lúc").fill("2099-01-01T08:00");
  await page.getByRole("group", { name: "Việc kê khai" }).getByRole("radio", { name: "Từ chối kê khai" }).check();
  await page.getByRole("group", { name: "Điều kiện thi hành án" }).getByRole("radio", { name: "Chưa có điều kiện thi hành án" }).check();
  await page.getByRole("group", { name: "Căn cứ chưa có điều kiện thi hành án" }).getByRole("radio", { name: /Điểm a/ }).check();
  const officer = (await page.getByTestId("current-user").innerText()).split(" · ")[0] ?? "";
  await record.sign(record.participant(1), officer);
  await record.participant(2).getByRole("radio", { name: "Vắng mặt" }).check();
  await page.getByRole("button", { name: "Thêm người chứng kiến" }).click();
  await record.participant(3).getByLabel("Họ tên", { exact: true }).fill("Phạm Văn Hải");
  await record.sign(record.participant(3), "Phạm Văn Hải");
  const commune = await record.addParticipant("Đại diện chính quyền địa phương", "Lê Thị Nga");
  await record.sign(commune, "Lê Thị Nga");

  await page.getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await page.getByRole("button", { name: "Xác nhận hoàn tất" }).click();
  await expect(page.locator("#finalize-errors")).toContainText("Sai số GPS trên 100 m: ghi rõ lý do trước khi hoàn tất");

  await page.getByLabel("Lý do không có vị trí hoặc sai số lớn").fill("Trong nhà văn hóa thôn, không bắt được tín hiệu tốt");
  const hash = await record.finalize();

  // A finalized record is read-only; a correction is a new draft pointing at it, and the original keeps its hash.
  await expect(page.getByLabel("Kết thúc lúc")).toBeDisabled();
  const originalUrl = page.url();
  await page.getByRole("button", { name: "Lập biên bản sửa đổi" }).click();
  await page.getByRole("dialog", { name: "Lập biên bản sửa đổi?" }).getByRole("button", { name: "Lập biên bản sửa đổi" }).click();
  await expect(page.getByText(/Biên bản sửa đổi, thay thế biên bản/)).toBeVisible();
  await expect(page.getByLabel("Kết thúc lúc")).toBeEnabled();
  expect(page.url()).not.toBe(originalUrl);
  await page.goto(originalUrl);
  await expect(page.getByTestId("content-hash")).toHaveText(hash);
});
