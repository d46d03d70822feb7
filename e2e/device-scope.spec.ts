import { dumpStore, launchDevice, newDeviceDir } from "./device";
import { apiAs, expect, loginAs, test } from "./fixtures";

// Architecture §6: a device holds only its officer's cases; a second user on a shared phone sees neither the
// first one's cases nor their unsynced records, which wait for their owner.

interface StoredCase {
  id: string;
  heldBy: string;
  detail: { case: { assignedOfficerId: string } };
}

async function officerId(baseURL: string, username: string): Promise<string> {
  const api = await apiAs(baseURL, username);
  const session = (await (await api.get("/api/auth/session")).json()) as { user: { id: string } };
  await api.dispose();
  return session.user.id;
}

test("each officer's phone holds exactly that officer's open cases", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const held: Record<string, string[]> = {};
  for (const username of ["chv.tphd", "chv2.tphd"]) {
    const id = await officerId(baseURL, username);
    const device = await launchDevice(baseURL, newDeviceDir());
    await loginAs(device.page, username);
    await expect(device.page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
    const pulled = Number(/Đã cập nhật (\d+)/.exec(await device.page.getByTestId("pull-status").innerText())?.[1]);
    const cases = (await dumpStore(device.page, "cases")) as StoredCase[];
    expect(cases.length).toBe(pulled);
    expect(cases.length).toBeGreaterThan(10);
    for (const stored of cases) {
      expect(stored.heldBy).toBe(id);
      expect(stored.detail.case.assignedOfficerId).toBe(id);
    }
    held[username] = cases.map((c) => c.id);
    // Reference data came with the pull: the province's units and the working-day calendar.
    const meta = (await dumpStore(device.page, "meta")) as { key: string; value: { units?: { code: string }[]; calendarYears?: unknown[] } }[];
    const reference = meta.find((entry) => entry.key === `reference:${id}`)?.value;
    expect(reference?.units?.map((unit) => unit.code)).toContain("HD.TPHD");
    expect(reference?.units?.length).toBe(13);
    expect(reference?.calendarYears?.length).toBe(8);
    await device.context.close();
  }
  const overlap = (held["chv.tphd"] ?? []).filter((id) => (held["chv2.tphd"] ?? []).includes(id));
  expect(overlap).toEqual([]);
});

test("on a shared phone the next officer sees neither the first one's cases nor their draft", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const device = await launchDevice(baseURL, newDeviceDir());
  const { page } = device;
  await loginAs(page, "chv.tphd");
  await page.getByTestId("case-list").getByRole("link").first().click();
  await page.getByRole("button", { name: "Biên bản xác minh điều kiện thi hành án" }).click();
  await expect(page.getByTestId("save-status")).toBeVisible();
  const draftUrl = page.url();
  const firstOfficerCases = ((await dumpStore(page, "cases")) as StoredCase[]).map((c) => c.id);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await loginAs(page, "chv2.tphd");
  await expect(page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  const listed = await page.getByTestId("case-list").getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("id")));
  expect(listed.filter((id) => id !== null && firstOfficerCases.includes(id))).toEqual([]);

  await page.goto(draftUrl);
  await expect(page.getByRole("heading", { name: "Không tìm thấy biên bản" })).toBeVisible();
  // The draft is still on the device for its author.
  const records = (await dumpStore(page, "records")) as { id: string; state: string }[];
  expect(records.map((r) => r.id)).toContain(new URL(draftUrl).searchParams.get("id"));
  await device.context.close();
});
