import { ResultCasesResponseSchema } from "../lib/domain/api/result-cases";
import { ResultsResponseSchema } from "../lib/domain/api/results";
import { apiAs, expect, loginAs, test } from "./fixtures";
import { ResultsPage } from "./pages/results-page";

// Issue #6: every number of the results opens the list of the cases behind it, and the list has exactly that
// many cases (the demo province, report year 2021 as of 30/09/2021).

test.setTimeout(180_000);

const TOTAL = '[data-testid="result-cases-total"]';

test("the head clicks an officer's « xong + đình chỉ », lands on that many cases, and opens one", async ({ page }) => {
  await loginAs(page, "cct.tphd");
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  const row = results.rows("officer").first();
  const officerName = (await row.locator("th").innerText()).trim();
  const doneCell = row.locator("td").nth(2); // phải thi hành, có điều kiện, xong + đình chỉ
  const done = (await doneCell.innerText()).trim();
  expect(Number(done.replace(/\./g, ""))).toBeGreaterThan(0);

  // By keyboard: the number is a link like any other.
  await doneCell.getByRole("link").focus();
  await page.keyboard.press("Enter");
  // Up to 12 monthly /api/results requests of the chart may still hold the browser's connections: wait for them.
  await expect(page).toHaveURL(/\/results\/cases\?year=2021&asOf=2021-09-30&unit=[0-9a-f-]{36}&officer=[0-9a-f-]{36}&figure=done$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^Việc thi hành xong và đình chỉ — Chi cục .+, Chấp hành viên ${officerName} — đến 30/09/2021$`), { timeout: 60_000 });
  await expect(page.locator(TOTAL)).toHaveText(`${done} việc`);
  await expect(page.getByTestId("result-case-row")).toHaveCount(Math.min(50, Number(done.replace(/\./g, ""))));
  for (const status of await page.getByTestId("result-case-status").allInnerTexts()) expect(["Thi hành xong", "Đình chỉ"]).toContain(status);

  const first = page.getByTestId("result-case-row").first().getByRole("link");
  const decisionNumber = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/review\/case\?id=[0-9a-f-]{36}&from=%2Fresults%2Fcases%3F/);
  await expect(page.getByRole("heading", { name: `Hồ sơ ${decisionNumber}` })).toBeVisible({ timeout: 30_000 });
  // Its « ← » leads back to this list, with its filters (not to the review queue).
  await page.getByRole("link", { name: "← Danh sách việc (kết quả thi hành án)" }).click();
  await expect(page).toHaveURL(/\/results\/cases\?year=2021&asOf=2021-09-30&unit=[0-9a-f-]{36}&officer=[0-9a-f-]{36}&figure=done$/);
  await expect(page.locator(TOTAL)).toHaveText(`${done} việc`, { timeout: 60_000 });
  await page.getByTestId("result-cases-back").click();
  await expect(page).toHaveURL(/\/results\?year=2021&asOf=2021-09-30&unit=/);
});

test("the leader opens the province's « phải thi hành » (9.334 cases, page by page) and an office's money done", async ({ page }) => {
  await loginAs(page, "lanhdao");
  const results = new ResultsPage(page);
  await results.goto(2021, "2021-09-30");
  await page.getByTestId("figure-to-enforce").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc phải thi hành — Cục Thi hành án dân sự tỉnh Hải Dương — đến 30/09/2021", { timeout: 60_000 });
  await expect(page.locator(TOTAL)).toHaveText("9.334 việc");
  await expect(page.getByTestId("result-case-row")).toHaveCount(50);
  await expect(page.getByRole("columnheader", { name: "Chi cục" })).toBeVisible();
  await page.getByTestId("result-cases-next").click();
  await expect(page.getByTestId("result-cases-page")).toHaveText("Trang 2/187", { timeout: 60_000 });
  await expect(page.getByTestId("result-case-row").first().locator("td").first()).toHaveText("51");

  await results.goto(2021, "2021-09-30");
  const office = results.rows("office").first();
  const moneyDone = (await office.locator("td").nth(7).innerText()).trim(); // … tiền có điều kiện, tiền đã thi hành
  await office.locator("td").nth(7).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tiền đã thi hành (xong, đình chỉ, giảm) — Chi cục", { timeout: 60_000 });
  await expect(page.locator(TOTAL)).toContainText(`tổng ${moneyDone}`);
});

test("a bad link says what is wrong, in Vietnamese", async ({ page }) => {
  await loginAs(page, "cct.tphd");
  await page.goto("/results/cases?year=2021&figure=rate");
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ số không hợp lệ" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danh sách việc");
});

test("the API: strict queries are a 400 on the field, another office a 403, nobody signed in a 401", async ({ baseURL }) => {
  const head = await apiAs(baseURL ?? "", "cct.tphd");
  const foreign = await apiAs(baseURL ?? "", "cct.chilinh");
  const anonymous = await apiAs(baseURL ?? "", null);
  const bad: [string, string][] = [
    ["year=2021", "query.figure"],
    ["year=2021&figure=caseRate", "query.figure"],
    ["year=2021&figure=done&kind=ca_hai", "query.kind"],
    ["year=2021&figure=done&officer=ai-do", "query.officer"],
    ["year=2021&figure=done&page=0", "query.page"],
    ["year=2021&figure=done&asOf=2021-10-01", "query.asOf"],
    ["year=2021&figure=done&figure=finished", "query.figure"],
    ["year=2021&figure=done&pageSize=500", "query"],
  ];
  for (const [query, path] of bad) {
    const response = await head.get(`/api/results/cases?${query}`);
    expect(response.status(), query).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.some((error) => error.path.startsWith(path)), query).toBe(true);
  }
  const chiLinh = ResultsResponseSchema.parse(await (await foreign.get("/api/results?year=2021&asOf=2021-09-30")).json()).root;
  expect((await head.get(`/api/results/cases?year=2021&figure=done&unit=${chiLinh.id}`)).status()).toBe(403);
  expect((await anonymous.get("/api/results/cases?year=2021&figure=done")).status()).toBe(401);
  const own = ResultCasesResponseSchema.parse(await (await foreign.get("/api/results/cases?year=2021&asOf=2021-09-30&figure=withConditions")).json());
  expect(own.unit.id).toBe(chiLinh.id);
  expect(own.total).toBe(chiLinh.figures.withConditions);
  for (const context of [head, foreign, anonymous]) await context.dispose();
});
