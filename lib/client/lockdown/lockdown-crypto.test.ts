import { expect, test } from "vitest";
import { decryptText, encryptText, fromBase64, toBase64 } from "./lockdown-crypto";

const FAST = 100_000; // the schema's floor; the real files use 600,000

test("what is encrypted with a passphrase opens with it, and only with it", async () => {
  const plain = JSON.stringify({ records: ["biên bản xác minh"], note: "Đường 5, Hải Dương" });
  const file = await encryptText(plain, "mật khẩu chuyển giao 2021", FAST);
  expect(file.ciphertext).not.toContain("biên bản");
  expect(await decryptText(JSON.stringify(file), "mật khẩu chuyển giao 2021")).toEqual({ ok: true, data: plain });
  expect(await decryptText(JSON.stringify(file), "mat khau chuyen giao 2021")).toEqual({ ok: false, error: "wrong_passphrase_or_damaged" });
});

test("a tampered file does not open; a file that is not ours is recognised as such", async () => {
  const file = await encryptText("{}", "passphrase-123", FAST);
  const bytes = fromBase64(file.ciphertext);
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  expect(await decryptText(JSON.stringify({ ...file, ciphertext: toBase64(bytes) }), "passphrase-123")).toEqual({ ok: false, error: "wrong_passphrase_or_damaged" });
  expect(await decryptText("not json", "x")).toEqual({ ok: false, error: "not_a_lockdown_file" });
  expect(await decryptText(JSON.stringify({ format: "other" }), "x")).toEqual({ ok: false, error: "not_a_lockdown_file" });
});

test("two exports of the same data differ (random salt and IV)", async () => {
  const a = await encryptText("same", "passphrase-123", FAST);
  const b = await encryptText("same", "passphrase-123", FAST);
  expect(a.kdf.salt).not.toBe(b.kdf.salt);
  expect(a.ciphertext).not.toBe(b.ciphertext);
});

test("base64 round-trips large binary", () => {
  const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256);
  expect(fromBase64(toBase64(bytes))).toEqual(bytes);
});
