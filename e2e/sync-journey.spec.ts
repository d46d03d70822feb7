import { dumpStore, launchDevice, newDeviceDir, waitForOfflineReady } from "./device";
import { apiAs, DEMO_PASSWORD, expect, loginAs, test } from "./fixtures";
import { captureValuation } from "./journeys";

// Issue #4 on a real browser against the production server: records reach the server exactly once through
// lost responses, expired sessions, reloads in the middle of a push and two phones of one officer.

test.setTimeout(180_000);

/** The officer's records as the server holds them (the pull's record stream), by id. */
async function serverRecordIds(baseURL: string, username: string): Promise<string[]> {
  const api = await apiAs(baseURL, username);
  const ids: string[] = [];
  let since = 0;
  for (;;) {
    const page = (await (await api.get(`/api/sync/pull?limit=500&since=${since}`)).json()) as { records: { id: string }[]; recordsSince: number; recordsHaveMore: boolean };
    ids.push(...page.records.map((record) => record.id));
    since = page.recordsSince;
    if (!page.recordsHaveMore) break;
  }
  await api.dispose();
  return ids;
}

function countOf(ids: readonly string[], id: string): number {
  return ids.filter((other) => other === id).length;
}

test("a record finalized offline is sent when the network returns, and shows Đã gửi", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const device = await launchDevice(baseURL, newDeviceDir());
  await loginAs(device.page, "chv.tphd");
  await expect(device.page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  await waitForOfflineReady(device.page);
  await device.context.setOffline(true);
  const id = await captureValuation(device.page, 3_200_000);
  await expect(device.page.getByTestId("record-sync-state")).toHaveText("Chờ gửi");
  await device.context.setOffline(false);
  await expect(device.page.getByTestId("record-sync-state")).toContainText("Đã gửi", { timeout: 30_000 });
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);
  expect(await dumpStore(device.page, "outbox")).toEqual([]);
  await device.context.close();
});

test("the server commits but the answer is lost: the retry is a duplicate, the record exists once", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const device = await launchDevice(baseURL, newDeviceDir());
  await loginAs(device.page, "chv.tphd");
  let dropped = 0;
  await device.context.route("**/api/sync/push", async (route) => {
    if (dropped > 0) return route.continue();
    dropped += 1;
    await route.fetch(); // reaches the server, which commits
    await route.abort("connectionreset"); // … and the phone never hears back
  });
  const id = await captureValuation(device.page, 2_100_000);
  await expect.poll(() => dropped).toBe(1);
  // (The phone still shows it Chờ gửi until its retry, which the backoff schedules within seconds.)
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);
  await device.page.goto("/outbox");
  await device.page.getByRole("button", { name: "Đồng bộ ngay" }).click();
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(0, { timeout: 30_000 });
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);
  await device.context.close();
});

test("an expired session: everything stays, the officer signs in again in place, sync resumes", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const device = await launchDevice(baseURL, newDeviceDir());
  await loginAs(device.page, "chv2.tphd");
  await expect(device.page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  await device.context.clearCookies(); // the session cookie is gone, the device session is not
  const id = await captureValuation(device.page, 1_500_000);
  await device.page.goto("/outbox");
  await expect(device.page.getByTestId("sync-status")).toContainText("Phiên đăng nhập đã hết hạn", { timeout: 30_000 });
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(1);
  await device.page.getByRole("button", { name: "Đăng nhập lại" }).click();
  const dialog = device.page.getByRole("dialog", { name: "Đăng nhập lại để gửi biên bản" });
  await dialog.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await dialog.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(0, { timeout: 30_000 });
  expect(countOf(await serverRecordIds(baseURL, "chv2.tphd"), id)).toBe(1);
  await device.context.close();
});

test("a reload in the middle of a push loses nothing and doubles nothing", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const device = await launchDevice(baseURL, newDeviceDir());
  await loginAs(device.page, "chv.tphd");
  let held = 0;
  await device.context.route("**/api/sync/push", async (route) => {
    if (held > 0) return route.continue();
    held += 1;
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the push is slow; the officer reloads meanwhile
    await route.continue().catch(() => undefined);
  });
  const id = await captureValuation(device.page, 4_000_000);
  await expect.poll(() => held).toBe(1);
  await device.page.reload();
  await device.page.goto("/outbox");
  await device.page.getByRole("button", { name: "Đồng bộ ngay" }).click();
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(0, { timeout: 30_000 });
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);
  const records = (await dumpStore(device.page, "records")) as { id: string; sync?: { state: string } }[];
  expect(records.find((record) => record.id === id)?.sync?.state).toBe("synced");
  await device.context.close();
});

test("two phones of one officer each deliver their own records, once", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const phones = [await launchDevice(baseURL, newDeviceDir()), await launchDevice(baseURL, newDeviceDir())];
  const ids: string[] = [];
  for (const phone of phones) {
    await loginAs(phone.page, "chv2.tphd");
    ids.push(await captureValuation(phone.page, 5_000_000 + ids.length));
  }
  for (const phone of phones) {
    await phone.page.goto("/outbox");
    await phone.page.getByRole("button", { name: "Đồng bộ ngay" }).click();
    await expect(phone.page.getByTestId("outbox-entry")).toHaveCount(0, { timeout: 30_000 });
  }
  const onServer = await serverRecordIds(baseURL, "chv2.tphd");
  for (const id of ids) expect(countOf(onServer, id)).toBe(1);
  for (const phone of phones) await phone.context.close();
});

test("lockdown: the officer exports the unsent records; the supervisor imports the file twice; each record arrives once", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const phone = await launchDevice(baseURL, newDeviceDir());
  await loginAs(phone.page, "chv.tphd");
  await expect(phone.page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  await waitForOfflineReady(phone.page);
  await phone.context.setOffline(true); // weeks of lockdown: no network at all
  const id = await captureValuation(phone.page, 6_600_000);
  await phone.page.goto("/outbox");
  await phone.page.getByRole("button", { name: "Xuất tệp chuyển giao…" }).click();
  await phone.page.getByLabel("Mật khẩu tệp (ít nhất 8 ký tự)").fill("phong toa 2021");
  await phone.page.getByLabel("Nhập lại mật khẩu tệp").fill("phong toa 2021");
  const download = phone.page.waitForEvent("download");
  await phone.page.getByRole("button", { name: "Xuất tệp chuyển giao" }).click();
  const file = await (await download).path();
  await expect(phone.page.getByText(/Đã xuất 1 biên bản/)).toBeVisible();
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(0);

  const office = await launchDevice(baseURL, newDeviceDir());
  await loginAs(office.page, "cct.tphd");
  await office.page.goto("/import");
  for (const expected of ["Mới nhận: 1 · Đã có từ trước: 0", "Mới nhận: 0 · Đã có từ trước: 1"]) {
    await office.page.getByLabel("Tệp chuyển giao").setInputFiles(file);
    await office.page.getByLabel("Mật khẩu tệp").fill("phong toa 2021");
    await office.page.getByRole("button", { name: "Nhập tệp" }).click();
    await expect(office.page.getByTestId("import-summary")).toContainText(expected);
  }
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);

  // When the phone finds a network, its own sync is answered "duplicate": still exactly one.
  await phone.context.setOffline(false);
  await phone.page.getByRole("button", { name: "Đồng bộ ngay" }).click();
  await expect(phone.page.getByTestId("outbox-entry")).toHaveCount(0, { timeout: 30_000 });
  expect(countOf(await serverRecordIds(baseURL, "chv.tphd"), id)).toBe(1);
  await phone.context.close();
  await office.context.close();
});
