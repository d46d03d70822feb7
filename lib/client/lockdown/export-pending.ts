import "client-only";
import type { SessionUser } from "@/lib/domain/users";
import { asFieldRecord } from "../capture/finalize-record";
import { ensureDeviceId } from "../db/device-id";
import type { FieldDatabase } from "../db/field-database";
import type { LockdownContents } from "./lockdown-contents";
import { encryptText, toBase64 } from "./lockdown-crypto";
import { MIN_PASSPHRASE_LENGTH } from "./passphrase-rules";

export type ExportResult = { ok: true; file: Blob; fileName: string; count: number } | { ok: false; error: string };

/**
 * Lockdown hand-over: the user's unsent records and their images in one encrypted file, for a supervisor to
 * import on a connected device. Nothing on the phone changes; the records stay in the outbox and are sent as
 * usual once there is a network — the server answers `duplicate` for what the import already delivered.
 */
export async function exportPendingRecords(db: FieldDatabase, user: SessionUser, passphrase: string, now: Date = new Date()): Promise<ExportResult> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { ok: false, error: `Mật khẩu tệp phải có ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự` };
  const entries = (await db.outbox.where("authorId").equals(user.id).sortBy("seq")).filter((entry) => entry.state === "pending");
  if (entries.length === 0) return { ok: false, error: "Không có biên bản nào chờ gửi để xuất" };
  const records = (await db.records.bulkGet(entries.map((entry) => entry.recordId))).flatMap((local) => {
    const record = local ? asFieldRecord(local) : null;
    return record ? [record] : [];
  });
  const shas = [...new Set(records.flatMap((record) => record.attachments.map((a) => a.sha256)))];
  const [metas, bytes] = await Promise.all([db.attachments.bulkGet(shas), db.attachmentBytes.bulkGet(shas)]);
  const attachments = shas.flatMap((sha256, index) => {
    const meta = metas[index];
    const stored = bytes[index];
    return meta && stored ? [{ sha256, mime: meta.mime, base64: toBase64(new Uint8Array(stored.bytes)) }] : [];
  });
  if (attachments.length !== shas.length) return { ok: false, error: "Thiếu ảnh hoặc chữ ký của một số biên bản trên máy; không xuất được" };
  const contents: LockdownContents = {
    kind: "thads-lockdown-contents",
    exportedAt: now.toISOString(),
    deviceId: await ensureDeviceId(db),
    author: { id: user.id, username: user.username, name: user.name },
    records,
    attachments,
  };
  const encrypted = await encryptText(JSON.stringify(contents), passphrase);
  const day = now.toISOString().slice(0, 10);
  return { ok: true, file: new Blob([JSON.stringify(encrypted)], { type: "application/json" }), fileName: `chuyen-giao-${user.username}-${day}.thads.json`, count: records.length };
}
