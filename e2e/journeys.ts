import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { RecordPage } from "./pages/record-page";

// Steps shared by the journey specs.

/** A short, complete valuation record on the first case; returns its id once finalized. */
export async function captureValuation(page: Page, price: number): Promise<string> {
  await page.goto("/");
  // The cases must be on the device (pulled after sign-in) before a record can be made on one.
  await expect(page.getByTestId("case-list")).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("case-list").getByRole("link").first().click();
  await page.getByRole("button", { name: "Biên bản thẩm định giá / xác định giá" }).click();
  const record = new RecordPage(page);
  await record.takeGps();
  const asset = page.getByRole("group", { name: "Tài sản 1", exact: true });
  await asset.getByLabel("Mô tả tài sản").fill(`Tủ lạnh cũ, giá ${price}`);
  await asset.getByLabel("Tham chiếu tài sản (biên bản kê biên, số thứ tự)").fill("Biên bản kê biên, mục 2");
  await page.getByRole("group", { name: "Phương thức" }).getByRole("radio", { name: "Chấp hành viên xác định giá" }).check();
  await page.getByRole("group", { name: "Lý do Chấp hành viên xác định giá" }).getByRole("radio", { name: "Tài sản có giá trị nhỏ" }).check();
  await page.getByLabel("Giá do Chấp hành viên xác định (đồng)").fill(String(price));
  await page.getByRole("button", { name: "Lấy giá đã xác định" }).click();
  const officer = (await page.getByTestId("current-user").innerText()).split(" · ")[0] ?? "";
  await record.sign(record.participant(1), officer);
  await record.finalize();
  return new URL(page.url()).searchParams.get("id") ?? "";
}
