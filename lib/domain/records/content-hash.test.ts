import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { computeContentHash, contentHashInput, isContentHashValid, sha256OfBytes } from "./content-hash";
import type { FieldRecord } from "./field-record";
import { buildFieldRecord, buildServicePayload, buildVerificationPayload, fixtureSha256 } from "./fixtures";

const verificationPayload = buildVerificationPayload();
const record = buildFieldRecord({ type: "xac_minh", payload: verificationPayload }, { state: "final" });

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reverseKeys(member)]));
}

test("the hash is SHA-256 of the canonical JSON, computed independently", async () => {
  const expected = createHash("sha256").update(contentHashInput(record)).digest("hex");
  expect(await computeContentHash(record)).toBe(expected);
  expect(expected).toMatch(/^[0-9a-f]{64}$/);
});

test("the same record with its keys in another order has the same hash", async () => {
  const reordered = reverseKeys(record) as FieldRecord;
  expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(record));
  expect(await computeContentHash(reordered)).toBe(await computeContentHash(record));
});

test("the record's own hash field does not take part", async () => {
  const hash = await computeContentHash(record);
  expect(await computeContentHash({ ...record, contentHash: hash })).toBe(hash);
  expect(await isContentHashValid({ ...record, contentHash: hash })).toBe(true);
});

test("any change of content gives another hash", async () => {
  const base = await computeContentHash(record);
  const changes: FieldRecord[] = [
    { ...record, capturedAt: "2026-07-20T10:06:00+07:00" },
    { ...record, location: { lat: 20.99, lng: 106.39, accuracy: 13 } },
    { ...record, type: "xac_minh", payload: { ...verificationPayload, notes: "Thêm ghi chú" } },
    { ...record, type: "xac_minh", payload: { ...verificationPayload, endedAt: "2026-07-20T11:01:00+07:00" } },
    // A swapped signature image: only the attachment hash differs.
    {
      ...record,
      attachments: record.attachments.map((a, i) => (i === 0 ? { ...a, sha256: fixtureSha256(9999) } : a)),
    },
    buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("truc_tiep") }, { state: "final" }),
  ];
  const hashes = await Promise.all(changes.map(computeContentHash));
  for (const hash of hashes) expect(hash).not.toBe(base);
  expect(new Set(hashes).size).toBe(hashes.length);
});

test("a tampered record fails verification", async () => {
  const sealed = { ...record, contentHash: await computeContentHash(record) };
  expect(await isContentHashValid({ ...sealed, type: "xac_minh", payload: { ...verificationPayload, notes: "sửa sau" } })).toBe(false);
  expect(await isContentHashValid({ ...sealed, contentHash: null })).toBe(false);
});

test("hashes bytes like sha256sum", async () => {
  const bytes = new TextEncoder().encode("abc");
  expect(await sha256OfBytes(bytes.buffer)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});
