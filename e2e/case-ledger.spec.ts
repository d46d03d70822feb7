import { CaseListResponseSchema } from "../lib/domain/api/cases";
import { apiAs, expect, loginAs, test } from "./fixtures";

// The head records the office's decisions and money on a case (issue #6): inline Vietnamese errors for bad
// input, then the entries appear in the case's history. The decision is a hoãn (the case stays open and in the
// officer's hands) dated today, after the demo's report year, so the 2021 results stay as seeded.

test("the head records a receipt and a hoãn on a case; bad input is refused inline", async ({ baseURL, page }) => {
  const api = await apiAs(baseURL ?? "", "cct.tphd");
  const list = CaseListResponseSchema.parse(await (await api.get("/api/cases?status=dang_thi_hanh&pageSize=1")).json());
  await api.dispose();
  const target = list.items[0];
  if (!target) throw new Error("no case being enforced in the demo office");

  await loginAs(page, "cct.tphd");
  await page.goto(`/review/case?id=${target.id}`);
  await expect(page.getByRole("heading", { name: `Hồ sơ ${target.decisionNumber}` })).toBeVisible({ timeout: 30_000 });

  const money = page.getByTestId("money-entry-form");
  await money.getByLabel("Số tiền (đồng)").fill("mười triệu");
  await money.getByRole("button", { name: "Ghi sổ" }).click();
  await expect(money.locator("#money-amount-error")).toBeVisible();
  await money.getByLabel("Số tiền (đồng)").fill("12.345.000");
  await money.getByLabel("Ngày").fill(new Date().toISOString().slice(0, 10));
  await money.getByLabel("Chứng từ (số biên lai, quyết định…)").fill("BL-E2E-0001");
  await money.getByRole("button", { name: "Ghi sổ" }).click();
  await expect(page.getByTestId("ledger-saved")).toContainText("12.345.000");

  const decision = page.getByTestId("decision-form");
  await decision.getByLabel("Trạng thái theo quyết định").selectOption({ label: "Hoãn thi hành án" });
  await decision.getByLabel("Căn cứ").selectOption("c");
  await decision.getByLabel("Số quyết định (vd. 123/QĐ-CCTHADS)").fill("số sai");
  await decision.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(decision.locator("#decision-number-error")).toBeVisible();
  await decision.getByLabel("Số quyết định (vd. 123/QĐ-CCTHADS)").fill("901/QĐ-CCTHADS");
  await decision.getByLabel("Ngày quyết định").fill(new Date().toISOString().slice(0, 10));
  await decision.getByLabel("Người ký").fill("Nguyễn Mạnh Nghĩa");
  await decision.getByRole("button", { name: "Ghi quyết định" }).click();
  await expect(page.getByTestId("ledger-saved")).toContainText("Hoãn thi hành án");
  await expect(page.getByText("901/QĐ-CCTHADS").first()).toBeVisible();
});
