import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { FIELD_POSITION } from "./device";
import { ACCOUNTS, expect, loginAs, test } from "./fixtures";
import { captureValuation } from "./journeys";
import { ResultsPage } from "./pages/results-page";

// Issue #7, accessibility: every main screen of the officer and of the head, as they are used (signed in,
// data loaded, a form open), has no axe violation of impact serious or critical under WCAG 2.x A and AA.
// The violations of all screens are collected and reported together, so one run shows everything to fix.

test.setTimeout(300_000);
test.use({ geolocation: FIELD_POSITION, permissions: ["geolocation"] });

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Findings = Record<string, string[]>;

async function scan(page: Page, screen: string, findings: Findings) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze();
  const blocking = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  if (blocking.length === 0) return;
  findings[screen] = blocking.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 4).map((node) => node.target.join(" ")).join(" | ")}`,
  );
}

test("the main screens of the officer and of the head have no serious or critical WCAG A/AA violation", async ({ page, browser, baseURL }) => {
  const findings: Findings = {};

  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  await scan(page, "sign-in", findings);

  // The officer: home with the cases pulled onto the device, a case, a record form with an asset added.
  await loginAs(page, ACCOUNTS.officer.username);
  await expect(page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/, { timeout: 30_000 });
  await expect(page.getByTestId("case-list").getByRole("link").first()).toBeVisible();
  await scan(page, "officer home (case list)", findings);

  await page.getByTestId("case-list").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Hồ sơ / })).toBeVisible();
  await scan(page, "case", findings);

  await page.getByRole("button", { name: "Biên bản xác minh điều kiện thi hành án" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Biên bản xác minh điều kiện thi hành án" })).toBeVisible();
  await page.getByRole("button", { name: "Thêm tài sản" }).click();
  await expect(page.getByRole("group", { name: "Tài sản 1", exact: true })).toBeVisible();
  await scan(page, "capture (verification form, one asset)", findings);
  await page.getByRole("group", { name: "Người tham gia 1", exact: true }).getByRole("button", { name: "Ký vào biên bản" }).click();
  const signing = page.getByRole("dialog", { name: /^Ký tên: / });
  await expect(signing.getByRole("button", { name: "Lưu chữ ký" })).toBeVisible();
  await scan(page, "capture (signature dialog)", findings);
  await page.keyboard.press("Escape");
  await expect(signing).toBeHidden();

  // A finalized record, sent: the outbox lists it and the head has something to review.
  const recordId = await captureValuation(page, 2_700_000);
  await expect(page.getByTestId("record-sync-state")).toContainText("Đã gửi", { timeout: 30_000 });
  await page.goto("/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Đã gửi").first()).toBeVisible();
  await scan(page, "outbox", findings);

  // The head: the review queue, the record sent above, the annual results.
  const desk = await browser.newContext({ baseURL, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const head = await desk.newPage();
  await loginAs(head, ACCOUNTS.supervisor.username);
  await head.goto("/review");
  const item = head.locator(`[data-testid="review-item"][data-record-id="${recordId}"]`);
  await expect(item).toBeVisible({ timeout: 30_000 });
  await scan(head, "review queue", findings);

  await item.getByTestId("review-item-link").click();
  await expect(head.getByTestId("record-document")).toBeVisible({ timeout: 30_000 });
  await expect(head.getByTestId("integrity-badge")).toHaveText(/Nguyên vẹn/);
  await scan(head, "review record", findings);

  await new ResultsPage(head).goto(2021, "2021-09-30");
  await scan(head, "results", findings);
  await desk.close();

  expect(findings).toEqual({});
});
