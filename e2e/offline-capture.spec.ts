import { computeContentHash } from "../lib/domain/records/content-hash";
import { FieldRecordSchema } from "../lib/domain/records/field-record";
import { dumpStore, launchDevice, newDeviceDir, waitForOfflineReady, type Device } from "./device";
import { expect, loginAs, test } from "./fixtures";
import { FIXTURE_PHOTO, RecordPage } from "./pages/record-page";

// The journey of issue #3: sign in once online, then a day of field work with no network — from a cold
// start of the app — and nothing lost or changed by a reload.

test.setTimeout(300_000);

async function openFirstCase(device: Device): Promise<string> {
  const first = device.page.getByTestId("case-list").getByRole("link").first();
  const decision = (await first.innerText()).split(" · ")[0]?.trim() ?? "";
  await first.click();
  await expect(device.page.getByRole("heading", { level: 1, name: `Hồ sơ ${decision}` })).toBeVisible();
  return decision;
}

async function startRecord(device: Device, decision: string, label: string) {
  if (!(await device.page.getByRole("heading", { level: 1, name: `Hồ sơ ${decision}` }).isVisible())) {
    await device.page.getByRole("link", { name: `← Hồ sơ ${decision}` }).click();
  }
  await device.page.getByRole("button", { name: label }).click();
  await expect(device.page.getByRole("heading", { level: 1, name: label })).toBeVisible();
}

async function captureVerification(record: RecordPage, officerName: string): Promise<string> {
  const { page } = record;
  // A draft is saved as it is typed: a reload (or a crash, or a dead battery) loses nothing.
  await page.getByLabel("Ghi chú khác").fill("Nhà đóng cửa lúc đến, chờ 20 phút");
  await expect(page.getByTestId("save-status")).toContainText("Đã lưu bản nháp");
  await page.reload();
  await expect(page.getByLabel("Ghi chú khác")).toHaveValue("Nhà đóng cửa lúc đến, chờ 20 phút");
  await record.takeGps();
  await page.getByLabel("Bắt đầu lúc").fill("2026-11-30T08:00");
  await page.getByLabel("Kết thúc lúc").fill("2026-11-30T09:30");
  await page.getByRole("group", { name: "Việc kê khai" }).getByRole("radio", { name: "Từ chối kê khai" }).check();
  await page.getByRole("button", { name: "Thêm tài sản" }).click();
  const asset = page.getByRole("group", { name: "Tài sản 1", exact: true });
  await asset.getByLabel("Thửa đất số").fill("125");
  await asset.getByLabel("Tờ bản đồ số").fill("12");
  await asset.getByLabel("Mô tả tài sản").fill("Quyền sử dụng đất ở, diện tích 96 m², có nhà cấp 4");
  await asset.getByLabel("Chọn ảnh có sẵn").setInputFiles(FIXTURE_PHOTO);
  await expect(asset.getByRole("img", { name: "Ảnh 1" })).toBeVisible();
  await page.getByRole("group", { name: "Điều kiện thi hành án" }).getByRole("radio", { name: "Có điều kiện thi hành án", exact: true }).check();
  await record.sign(record.participant(1), officerName);
  await record.refuse(record.participant(2), "Không đồng ý với kết quả xác minh");
  await page.getByRole("button", { name: "Thêm người chứng kiến" }).click();
  const witness = record.participant(3);
  await witness.getByLabel("Họ tên", { exact: true }).fill("Vũ Thị Hằng");
  await record.sign(witness, "Vũ Thị Hằng");
  const commune = await record.addParticipant("Đại diện chính quyền địa phương", "Trần Văn Bình");
  await commune.getByLabel("Chức vụ, đơn vị").fill("Phó Chủ tịch UBND phường");
  await record.sign(commune, "Trần Văn Bình");
  return record.finalize();
}

async function captureService(record: RecordPage, officerName: string, debtorName: string): Promise<string> {
  const { page } = record;
  await record.takeGps();
  await page.getByRole("group", { name: "Kết quả" }).getByRole("radio", { name: "Từ chối nhận" }).check();
  await record.sign(record.participant(1), officerName);
  const debtor = await record.addParticipant("Đương sự", debtorName);
  await record.refuse(debtor, "Không nhận quyết định");
  await page.getByRole("button", { name: "Thêm người chứng kiến" }).click();
  const witness = record.participant(3);
  await witness.getByLabel("Họ tên", { exact: true }).fill("Đỗ Văn Tâm");
  await record.fingerprint(witness, "Đỗ Văn Tâm");
  // Refusal attested by a witness: the date of the minutes is the valid notification date (NĐ 62 Đ.12 k.4).
  await expect(page.getByTestId("valid-notification")).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  return record.finalize();
}

async function captureValuation(record: RecordPage, officerName: string, debtorName: string): Promise<string> {
  const { page } = record;
  await record.takeGps();
  const asset = page.getByRole("group", { name: "Tài sản 1", exact: true });
  await asset.getByLabel("Mô tả tài sản").fill("Xe máy Honda Wave biển số 34B1-123.45");
  await asset.getByLabel("Tham chiếu tài sản (biên bản kê biên, số thứ tự)").fill("Biên bản kê biên ngày 20/11/2026, mục 1");
  await page.getByRole("group", { name: "Phương thức" }).getByRole("radio", { name: "Chấp hành viên xác định giá" }).check();
  await page.getByRole("group", { name: "Lý do Chấp hành viên xác định giá" }).getByRole("radio", { name: "Tài sản có giá trị nhỏ" }).check();
  await page.getByLabel("Giá do Chấp hành viên xác định (đồng)").fill("8500000");
  await page.getByRole("button", { name: "Lấy giá đã xác định" }).click();
  await expect(page.getByLabel("Giá khởi điểm (đồng)")).toHaveValue("8.500.000");
  await record.sign(record.participant(1), officerName);
  const debtor = await record.addParticipant("Đương sự", debtorName);
  await record.refuse(debtor, "Không đồng ý giá");
  await page.getByRole("button", { name: "Thêm người chứng kiến" }).click();
  const witness = record.participant(3);
  await witness.getByLabel("Họ tên", { exact: true }).fill("Nguyễn Thị Lan");
  await record.fingerprint(witness, "Nguyễn Thị Lan");
  return record.finalize();
}

test("after one online visit, an officer completes all three records offline from a cold start, and a reload changes nothing", async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL");
  const dir = newDeviceDir();

  // Online, once: sign in, receive the cases, let the service worker store the app.
  let device = await launchDevice(baseURL, dir);
  await loginAs(device.page, "chv.tphd");
  await expect(device.page.getByTestId("pull-status")).toContainText(/Đã cập nhật \d+ hồ sơ/);
  await waitForOfflineReady(device.page);
  const officerName = (await device.page.getByTestId("current-user").innerText()).split(" · ")[0] ?? "";
  await device.context.close();

  // The phone is switched off and on again, in a commune with no network.
  device = await launchDevice(baseURL, dir, { offline: true });
  const response = await device.page.goto("/");
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(device.page.getByTestId("current-user")).toContainText(officerName);
  const decision = await openFirstCase(device);
  const debtorName = (await device.page.getByText("Người phải thi hành án").locator("..").locator("dd span").first().innerText()).trim();

  const record = new RecordPage(device.page);
  await startRecord(device, decision, "Biên bản xác minh điều kiện thi hành án");
  const hashes = [await captureVerification(record, officerName)];
  await startRecord(device, decision, "Biên bản thông báo / tống đạt / niêm yết");
  hashes.push(await captureService(record, officerName, debtorName));
  await startRecord(device, decision, "Biên bản thẩm định giá / xác định giá");
  hashes.push(await captureValuation(record, officerName, debtorName));

  // Each is in the outbox with its hash.
  await device.page.goto("/outbox");
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(3);
  expect((await device.page.getByTestId("outbox-hash").allInnerTexts()).sort()).toEqual([...hashes].sort());
  await expect(device.page.getByTestId("unsynced-count")).toHaveText("3");

  // The hashes are the SHA-256 of each record's canonical JSON, recomputed here, outside the app.
  const records = await dumpStore(device.page, "records");
  const outbox = await dumpStore(device.page, "outbox");
  expect(records).toHaveLength(3);
  for (const stored of records) {
    const { createdAt: _c, updatedAt: _u, sync: _s, ...fields } = stored as Record<string, unknown>;
    const parsed = FieldRecordSchema.parse(fields);
    expect(parsed.state).toBe("final");
    expect(await computeContentHash(parsed)).toBe(parsed.contentHash);
  }
  expect(new Set(outbox.map((row) => (row as { recordId: string }).recordId))).toEqual(new Set(records.map((row) => (row as { id: string }).id)));

  // Photos were compressed on the phone: 2400×1800 → 1600×1200, stored as bytes with their type.
  const photoSizes = await device.page.evaluate(async () => {
    const open = indexedDB.open("thads-field");
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const read = (store: string) =>
      new Promise<{ sha256: string; kind?: string; mime?: string; bytes?: ArrayBuffer }[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const [meta, bytes] = [await read("attachments"), await read("attachmentBytes")];
    const sizes = [];
    for (const item of meta.filter((m) => m.kind === "photo" || m.kind === "fingerprint")) {
      const stored = bytes.find((b) => b.sha256 === item.sha256);
      const bitmap = await createImageBitmap(new Blob([stored?.bytes ?? new ArrayBuffer(0)], { type: item.mime }));
      sizes.push({ kind: item.kind, mime: item.mime, width: bitmap.width, height: bitmap.height, isBuffer: stored?.bytes instanceof ArrayBuffer });
    }
    return sizes;
  });
  // The same fixture file served as the asset photo and both fingerprints: content-addressed, it is stored once.
  expect(photoSizes.length).toBe(1);
  for (const photo of photoSizes) expect(photo).toMatchObject({ mime: "image/jpeg", width: 1600, height: 1200, isBuffer: true });

  // Reload with no network: everything is still there, byte for byte.
  await device.page.reload();
  await expect(device.page.getByTestId("outbox-entry")).toHaveCount(3);
  expect(await dumpStore(device.page, "records")).toEqual(records);
  expect(await dumpStore(device.page, "outbox")).toEqual(outbox);

  // Every page opens offline by its own URL: the case, a finalized record and its A4 print view.
  const firstId = (records[0] as { id: string }).id;
  await device.page.goto(`/case?id=${(records[0] as { caseId: string }).caseId}`);
  await expect(device.page.getByRole("heading", { level: 1, name: `Hồ sơ ${decision}` })).toBeVisible();
  await expect(device.page.getByTestId("deadline").first()).toBeVisible();
  await device.page.goto(`/record?id=${firstId}`);
  await expect(device.page.getByTestId("final-banner")).toBeVisible();
  await device.page.goto(`/print?id=${firstId}`);
  await expect(device.page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(device.page.getByText((records[0] as { contentHash: string }).contentHash)).toBeVisible();
  await device.context.close();
});
