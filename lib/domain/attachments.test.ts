import { expect, test } from "vitest";
import { ATTACHMENT_MIME_TYPES, AttachmentParamsSchema, MAX_ATTACHMENT_BYTES, sniffImageMime } from "./attachments";
import { AttachmentRefSchema } from "./records/envelope";

const ref = { sha256: "a".repeat(64), mime: "image/png", kind: "photo" } as const;

test("the upload limit is exactly the size limit a record may refer to", () => {
  expect(AttachmentRefSchema.safeParse({ ...ref, size: MAX_ATTACHMENT_BYTES }).success).toBe(true);
  expect(AttachmentRefSchema.safeParse({ ...ref, size: MAX_ATTACHMENT_BYTES + 1 }).success).toBe(false);
  expect(MAX_ATTACHMENT_BYTES).toBe(10 * 1024 * 1024);
  expect(ATTACHMENT_MIME_TYPES).toEqual(["image/jpeg", "image/png", "image/webp"]);
});

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

test.each([
  ["JPEG (JFIF)", bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), "image/jpeg"],
  ["JPEG (Exif)", bytes(0xff, 0xd8, 0xff, 0xe1), "image/jpeg"],
  ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), "image/png"],
  ["WebP", ascii("RIFF\x24\x00\x00\x00WEBPVP8 "), "image/webp"],
  ["empty", bytes(), null],
  ["JPEG cut after two bytes", bytes(0xff, 0xd8), null],
  ["PNG signature one byte short", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a), null],
  ["RIFF that is not WebP (WAV)", ascii("RIFF\x24\x00\x00\x00WAVEfmt "), null],
  ["GIF", ascii("GIF89a"), null],
  ["text", ascii("xin chào"), null],
  ["SVG", ascii("<svg xmlns="), null],
] as const)("%s is sniffed as %s", (_name, input, expected) => {
  expect(sniffImageMime(input)).toBe(expected);
});

test("the content address is 64 lowercase hex characters and nothing else", () => {
  expect(AttachmentParamsSchema.safeParse({ sha256: "0f".repeat(32) }).success).toBe(true);
  for (const sha256 of ["0F".repeat(32), "0f".repeat(31), "0f".repeat(33), "g".repeat(64), `${"0".repeat(63)}/`, ""]) {
    expect(AttachmentParamsSchema.safeParse({ sha256 }).success, sha256).toBe(false);
  }
  expect(AttachmentParamsSchema.safeParse({ sha256: "0f".repeat(32), extra: "x" }).success).toBe(false);
});
