import { exampleCaseCells, ledgerCsv, type Cells } from "../lib/domain/import/import-fixtures";
import { importedCaseId } from "../lib/domain/import/ledger-ids";
import { apiAs, expect, loginAs, test } from "./fixtures";

// The ledger import screen (issue #6): a file with a bad row is refused whole, its errors listed by row; a good
// file is imported; the same file again changes nothing. The cases go to Tứ Kỳ, which no other spec reads (as in
// api-import.spec.ts, whose case numbers end in 1–6: these end in 7–8, so the two never collide in one run).
const OFFICE = "HD.TUKY";
const RUN = Math.floor(Date.now() / 1000);

function caseOfRun(k: number, overrides: Cells = {}): Cells {
  const number = 1_000_000 + (RUN % 800_000) * 10 + k;
  return exampleCaseCells({ ma_don_vi: OFFICE, ma_ho_so: `UI/${RUN}/${k}`, so_qd_thi_hanh: `${number}/QĐ-CCTHADS`, ten_dang_nhap_chv: "", ...overrides });
}

function csvFile(name: string, rows: Cells[]) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(ledgerCsv("ho_so", rows, { bom: true }), "utf8") };
}

test("the head finds the import from the home, with a link to the lockdown import", async ({ page }) => {
  await loginAs(page, "cct.tphd");
  await page.getByTestId("ledger-import-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập sổ thụ lý từ tệp CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Nhập tệp chuyển giao biên bản/ })).toHaveAttribute("href", "/import");
  await page.getByText("Các cột của từng loại tệp và tệp mẫu").click();
  await expect(page.getByRole("link", { name: /Tải tệp mẫu tệp hồ sơ/ })).toHaveAttribute("download", "mau-ho-so.csv");
});

test("a bad row refuses the whole file, listed by row; the good file is imported; again, nothing changes", async ({ baseURL, page }) => {
  const api = await apiAs(baseURL ?? "", "lanhdao");
  await loginAs(page, "lanhdao");
  await page.goto("/import/ledger");
  const input = page.getByLabel("Tệp CSV");

  await input.setInputFiles(csvFile("ho-so-loi.csv", [caseOfRun(7), caseOfRun(8, { ngay_qd: "31/02/2026" })]));
  await expect(page.getByTestId("ledger-file-info")).toHaveText(/^Đã chọn: ho-so-loi\.csv — [\d,]+ (byte|KB)$/);
  await page.getByRole("button", { name: "Nhập tệp" }).click();
  const refused = page.getByTestId("ledger-import-refused");
  await expect(refused.getByRole("heading")).toHaveText("Tệp ho-so-loi.csv bị từ chối: không dòng nào được nhập", { timeout: 60_000 });
  await expect(refused.getByRole("heading")).toBeFocused();
  await expect(page.getByTestId("ledger-import-detail")).toContainText("Tệp có 1 lỗi nên không dòng nào được nhập.");
  const errors = page.getByTestId("ledger-import-error");
  await expect(errors).toHaveCount(1);
  await expect(errors.first().locator("th")).toHaveText("3");
  await expect(errors.first().locator("td").first()).toHaveText("ngay_qd");
  // All or nothing: the good row of the refused file is not in the ledger either.
  expect((await api.get(`/api/cases/${importedCaseId({ unitCode: OFFICE, caseCode: `UI/${RUN}/7` })}`)).status()).toBe(404);

  const good = csvFile("ho-so.csv", [caseOfRun(7), caseOfRun(8, { loai_viec: "Chủ động" })]);
  await input.setInputFiles(good);
  await page.getByRole("button", { name: "Nhập tệp" }).click();
  const summary = page.getByTestId("ledger-import-summary");
  await expect(summary.getByRole("heading")).toHaveText("Đã nhập tệp hồ sơ ho-so.csv: 2 dòng", { timeout: 60_000 });
  await expect(page.getByTestId("ledger-import-refused")).toHaveCount(0);
  await expect(page.getByTestId("ledger-import-cases")).toHaveText("2");
  await expect(page.getByTestId("ledger-import-decisions")).toHaveText("2");
  await expect(page.getByTestId("ledger-import-skipped")).toHaveText("0");
  await expect(page.getByTestId("ledger-import-unchanged")).toHaveCount(0);
  const imported = await api.get(`/api/cases/${importedCaseId({ unitCode: OFFICE, caseCode: `UI/${RUN}/8` })}`);
  expect(imported.status()).toBe(200);
  expect(((await imported.json()) as { case: { kind: string } }).case.kind).toBe("chu_dong");

  await page.getByRole("button", { name: "Nhập tệp" }).click();
  await expect(page.getByTestId("ledger-import-unchanged")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("ledger-import-cases")).toHaveText("0");
  await expect(page.getByTestId("ledger-import-skipped")).toHaveText("2");
  await api.dispose();
});
