import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const FIXTURE_PHOTO = path.join(__dirname, "..", "fixtures", "asset-photo-2400x1800.jpg");

/** The capture screen of one biên bản, as an officer uses it. */
export class RecordPage {
  constructor(readonly page: Page) {}

  participant(index: number): Locator {
    return this.page.getByRole("group", { name: `Người tham gia ${index}`, exact: true });
  }

  async takeGps() {
    await this.page.getByRole("button", { name: "Lấy vị trí GPS" }).click();
    await expect(this.page.getByTestId("gps-fix")).toContainText("sai số ± 12 m");
  }

  async addParticipant(role: string, fullName: string): Promise<Locator> {
    const count = await this.page.getByRole("group", { name: /^Người tham gia \d+$/ }).count();
    await this.page.getByRole("button", { name: "Thêm người tham gia" }).click();
    const row = this.participant(count + 1);
    await row.getByLabel("Tư cách tham gia").selectOption({ label: role });
    await row.getByLabel("Họ tên", { exact: true }).fill(fullName);
    return row;
  }

  /** Draws a signature on the pad, as a finger would, and saves it. */
  async sign(row: Locator, fullName: string) {
    await row.getByRole("button", { name: "Ký vào biên bản" }).click();
    const dialog = this.page.getByRole("dialog", { name: `Ký tên: ${fullName}` });
    const save = dialog.getByRole("button", { name: "Lưu chữ ký" });
    await expect(save).toBeEnabled();
    const box = await dialog.getByLabel(`Khung ký tên của ${fullName}`).boundingBox();
    if (!box) throw new Error("no signature pad");
    await this.page.mouse.move(box.x + 30, box.y + box.height * 0.6);
    await this.page.mouse.down();
    for (let step = 1; step <= 12; step += 1) {
      await this.page.mouse.move(box.x + 30 + step * 18, box.y + box.height * (0.6 + 0.25 * Math.sin(step)), { steps: 3 });
    }
    await this.page.mouse.up();
    await save.click();
    await expect(row.getByRole("img", { name: `Chữ ký của ${fullName}` })).toBeVisible();
  }

  async refuse(row: Locator, reason: string) {
    await row.getByRole("radio", { name: "Từ chối ký" }).check();
    await row.getByLabel("Lý do từ chối ký (nếu có)").fill(reason);
  }

  /** A fingerprint (điểm chỉ) photographed from a fixture file. */
  async fingerprint(row: Locator, fullName: string) {
    await row.getByRole("radio", { name: "Điểm chỉ" }).check();
    await row.getByLabel("Chụp ảnh vân tay").setInputFiles(FIXTURE_PHOTO);
    await expect(row.getByRole("img", { name: `Vân tay điểm chỉ của ${fullName}` })).toBeVisible();
  }

  /** *Hoàn tất* and confirm; returns the content hash the screen shows. */
  async finalize(): Promise<string> {
    await this.page.getByRole("button", { name: "Hoàn tất", exact: true }).click();
    await this.page.getByRole("button", { name: "Xác nhận hoàn tất" }).click();
    const banner = this.page.getByTestId("final-banner");
    const errors = this.page.locator("#finalize-errors");
    await expect(banner.or(errors)).toBeVisible();
    if (await errors.isVisible()) throw new Error(`finalize refused: ${await errors.innerText()}`);
    const hash = await this.page.getByTestId("content-hash").innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    return hash;
  }
}
