import { readFile } from "node:fs/promises";
import { expect, loginAs, test } from "./fixtures";
import { ResultsPage } from "./pages/results-page";

// Issue #6 item 5: the annual results page. The demo province reproduces Hải Dương's report year 2021: as of
// 30/09/2021, 83,99% by case (target 82,50%, vượt 1,49%) and 44,26% by money (target 40,10%, vượt 4,16%),
// 12 offices of which 3 are under the money target.

test.setTimeout(180_000);

test("the leader opens 2021 from the home: both rates with their gaps, 12 offices, 3 under the money target", async ({ page }) => {
  await loginAs(page, "lanhdao");
  await page.getByTestId("results-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Kết quả thi hành án dân sự" })).toBeVisible();
  await page.getByTestId("results-year").selectOption("2021");
  await expect(page).toHaveURL(/year=2021&asOf=2021-09-30/);
  await expect(page.getByTestId("results-as-of")).toHaveValue("2021-09-30");
  const results = new ResultsPage(page);
  await results.waitForFigures();

  await expect(page.getByTestId("case-rate")).toHaveText("83,99%");
  await expect(page.getByTestId("case-target")).toHaveText("82,50%");
  await expect(page.getByTestId("case-gap")).toHaveText("▲ vượt 1,49%");
  await expect(page.getByTestId("money-rate")).toHaveText("44,26%");
  await expect(page.getByTestId("money-gap")).toHaveText("▲ vượt 4,16%");
  await expect(page.getByTestId("figure-to-enforce")).toHaveText("9.334 việc");
  await expect(page.getByTestId("figure-money-with-conditions")).toContainText(/^[\d.]+ đ$/);

  await expect(results.rows("office")).toHaveCount(12);
  await expect(results.rows("office").getByTestId("money-gap-cell").filter({ hasText: "chưa đạt" })).toHaveCount(3);
  await expect(page.getByTestId("results-total-row").getByTestId("case-rate-cell")).toHaveText("83,99%");

  // The monthly chart: twelve month ends, the last one the figure above.
  await expect(page.getByTestId("results-chart-progress")).toBeEmpty({ timeout: 120_000 });
  await expect(page.getByTestId("results-chart-table").locator("tbody tr")).toHaveCount(12);
  await expect(page.getByTestId("results-chart-summary")).toContainText("đến 83,99% (Tháng 09/2021)");
});

test("sorting by the money rate puts the lowest office first, then the highest; an office opens to its officers", async ({ page }) => {
  await loginAs(page, "lanhdao");
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  const header = page.locator("th", { has: page.getByTestId("sort-moneyRate") });

  await page.getByTestId("sort-moneyRate").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=moneyRate-asc/);
  const ascending = await results.moneyRates("office");
  expect(ascending).toHaveLength(12);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await expect(results.rows("office").first().getByTestId("money-gap-cell")).toContainText("chưa đạt");

  await page.getByTestId("sort-moneyRate").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const descending = await results.moneyRates("office");
  expect(descending).toEqual([...ascending].reverse());

  const firstOffice = results.rows("office").first().getByTestId("expand-office");
  await firstOffice.click();
  await expect(firstOffice).toHaveAttribute("aria-expanded", "true");
  expect(await results.rows("officer").count()).toBeGreaterThan(0);
});

test("a leader narrows to one office with the picker; the link reproduces it", async ({ page }) => {
  await loginAs(page, "lanhdao");
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  const picker = page.getByTestId("results-unit");
  const officeName = (await picker.locator("option").nth(1).innerText()).trim();
  await picker.selectOption({ index: 1 });
  await expect(page).toHaveURL(/unit=[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 2, name: `Tổng hợp: ${officeName}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kết quả theo Chấp hành viên" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: `Tổng hợp: ${officeName}` })).toBeVisible({ timeout: 60_000 });
});

test("the head of TP Hải Dương sees their office only, by officer, with no office picker", async ({ page }) => {
  await loginAs(page, "cct.tphd");
  await expect(page.getByTestId("results-link")).toBeVisible();
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  await expect(page.getByRole("heading", { level: 2, name: /^Tổng hợp: Chi cục/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kết quả theo Chấp hành viên" })).toBeVisible();
  await expect(page.getByTestId("results-unit")).toHaveCount(0);
  await expect(results.rows("office")).toHaveCount(0);
  expect(await results.rows("officer").count()).toBeGreaterThan(0);
});

test("CSV and Excel exports of the table, with the root row; the print view hides the controls", async ({ page }) => {
  await loginAs(page, "lanhdao");
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");

  const csvDownload = page.waitForEvent("download");
  await page.getByTestId("export-csv").click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe("ket-qua-tha-2021-den-30-09-2021.csv");
  const text = await readFile(await csv.path(), "utf8");
  expect(text.startsWith("\uFEFFĐơn vị / Chấp hành viên,Cấp,Thuộc đơn vị,Phải thi hành (việc)")).toBe(true);
  const rootLine = text.split("\r\n")[1] ?? "";
  expect(rootLine).toContain(",Cục,,9334,");
  expect(rootLine).toContain(",83.99,82.5,1.49,");
  expect(rootLine).toContain(",44.26,40.1,4.16,");
  expect(rootLine.endsWith(",2021,01/10/2020,30/09/2021")).toBe(true);

  const xlsxDownload = page.waitForEvent("download");
  await page.getByTestId("export-xlsx").click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe("ket-qua-tha-2021-den-30-09-2021.xlsx");
  const bytes = await readFile(await xlsx.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK"); // a zip: the workbook was written in the browser

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("results-year")).toBeHidden();
  await expect(page.getByTestId("export-csv")).toBeHidden();
  await expect(page.getByTestId("results-table")).toBeVisible();
  await expect(page.getByTestId("case-rate")).toBeVisible();
});

test("an officer sees only their own figures, and a year with no cases says so", async ({ page }) => {
  await loginAs(page, "chv.tphd");
  await expect(page.getByTestId("results-link")).toBeVisible();
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  const officerName = (await page.getByTestId("current-user").innerText()).split(" · ")[0] ?? "";
  await expect(page.getByRole("heading", { level: 2, name: `Tổng hợp: ${officerName}` })).toBeVisible();
  await expect(page.getByTestId("results-table")).toHaveCount(0);
  await page.goto("/results?year=2009&asOf=2009-09-30"); // the demo ledger starts in 2010
  await expect(page.getByTestId("results-empty")).toBeVisible({ timeout: 60_000 });
});
