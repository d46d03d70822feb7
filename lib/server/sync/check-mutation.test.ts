import { expect, test } from "vitest";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import { buildFieldRecord, buildParticipant, buildServicePayload, buildValuationPayload, buildVerificationPayload, fixtureSha256 } from "@/lib/domain/records/fixtures";
import { contentHashOf } from "./check-mutation";

test("the server's synchronous content hash is the domain's computeContentHash, for every record type", async () => {
  const signed = buildParticipant("duong_su", { signOff: { kind: "signature", attachmentSha256: fixtureSha256(7) } });
  const records = [
    buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() }),
    buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("buu_dien") }),
    buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("truc_tiep", { participants: [signed] }) }, { locationNote: "Trời mưa, GPS chập chờn" }),
    buildFieldRecord({ type: "dinh_gia", payload: buildValuationPayload() }),
  ];
  for (const record of records) expect(contentHashOf(record)).toBe(await computeContentHash(record));
  expect(new Set(records.map(contentHashOf)).size).toBe(records.length);
});
