import { expect, loginAs, test } from "./fixtures";

test("the officer's home lists only their own cases as « Hồ sơ của tôi »", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
  const list = page.getByTestId("case-list");
  await expect(list.getByRole("listitem").first()).toBeVisible();
  // Every card names the signed-in officer as the assigned officer.
  const officerName = (await page.getByTestId("current-user").innerText()).split(" · ")[0] ?? "";
  const cards = await list.getByRole("listitem").allInnerTexts();
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) expect(card).toContain(officerName);
});

test("the supervisor sees the office and the leader the province", async ({ page }) => {
  await loginAs(page, "cct.tphd");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của Chi cục" })).toBeVisible();
  const officeTotal = Number((await page.getByTestId("case-total").innerText()).replace(/\D/g, ""));

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginAs(page, "lanhdao");
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ toàn tỉnh" })).toBeVisible();
  const provinceTotal = Number((await page.getByTestId("case-total").innerText()).replace(/\D/g, ""));
  expect(officeTotal).toBeGreaterThan(100);
  expect(provinceTotal).toBeGreaterThan(officeTotal * 3);
});

test("search by party name ignores diacritics; a search with no match says so", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  const firstCard = page.getByTestId("case-list").getByRole("listitem").first();
  const cardText = await firstCard.innerText();
  const debtorName = /Người phải THA: (.+)/.exec(cardText)?.[1]?.trim() ?? "";
  expect(debtorName.length).toBeGreaterThan(3);
  const withoutDiacritics = debtorName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");

  await page.getByRole("searchbox").fill(withoutDiacritics.toLowerCase());
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page.getByTestId("case-list").getByRole("listitem").first()).toContainText(debtorName);

  await page.getByRole("searchbox").fill("zzzz không có ai tên này");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page.getByText("Không có hồ sơ nào khớp với từ khóa.")).toBeVisible();
});

test("the language switch shows the app in English and remembers it", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My cases" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My cases" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /Tiếng Việt/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
});

test("amounts and dates use Vietnamese formats", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  const card = page.getByTestId("case-list").getByRole("listitem").first();
  await expect(card).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(card).toContainText(/\d{1,3}(\.\d{3})* đ/);
});
