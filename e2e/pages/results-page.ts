import { expect, type Locator, type Page } from "@playwright/test";

/** The annual results page (/results): its controls, summary, table and monthly chart. */
export class ResultsPage {
  constructor(private readonly page: Page) {}

  async goto(year: number, asOf: string) {
    await this.page.goto(`/results?year=${year}&asOf=${asOf}`);
    await this.waitForFigures();
  }

  async waitForFigures() {
    await expect(this.page.getByTestId("case-rate")).not.toBeEmpty({ timeout: 60_000 });
    await expect(this.page.getByText("Đang tải kết quả…")).toHaveCount(0, { timeout: 60_000 });
  }

  rows(kind: "office" | "officer"): Locator {
    return this.page.locator(`[data-testid="results-table"] [data-testid="results-row"][data-kind="${kind}"]`);
  }

  /** The money rates of the table's rows, top to bottom, as numbers (83,99% → 83.99). */
  async moneyRates(kind: "office" | "officer"): Promise<number[]> {
    const texts = await this.rows(kind).getByTestId("money-rate-cell").allInnerTexts();
    return texts.map((text) => Number(text.replace("%", "").replace(",", ".")));
  }
}
