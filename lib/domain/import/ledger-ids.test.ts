import { expect, test } from "vitest";
import { UuidSchema } from "../ids";
import { importedCaseId, importedDecisionId, importedMoneyEntryId, importedObligationId, nameBasedUuid } from "./ledger-ids";
import { sha256Hex } from "./sha256";

const KEY = { unitCode: "HD.TPHD", caseCode: "2026/TPHD/000123" };

test("a name-based UUID is the SHA-256 of the name with version 8 and the RFC variant", () => {
  const id = nameBasedUuid("case|HD.TPHD|2026/TPHD/000123");
  const digest = sha256Hex("case|HD.TPHD|2026/TPHD/000123");
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(id.replaceAll("-", "").slice(0, 12)).toBe(digest.slice(0, 12));
  expect(id.replaceAll("-", "").slice(20)).toBe(digest.slice(20, 32));
  expect(UuidSchema.safeParse(id).success).toBe(true);
});

test("the same key always gives the same ids; another unit, code, seq or content another one", () => {
  expect(importedCaseId(KEY)).toBe(importedCaseId({ ...KEY }));
  expect(importedCaseId(KEY)).toBe(nameBasedUuid("case|HD.TPHD|2026/TPHD/000123"));
  const ids = new Set([
    importedCaseId(KEY),
    importedCaseId({ ...KEY, unitCode: "HD.CHILINH" }),
    importedCaseId({ ...KEY, caseCode: "2026/TPHD/000124" }),
    importedObligationId(KEY, 0),
    importedDecisionId(KEY, 0),
    importedDecisionId(KEY, 1),
    importedMoneyEntryId(KEY, { kind: "thu", date: "2026-03-20", amount: 5_000_000, reference: null }),
    importedMoneyEntryId(KEY, { kind: "thu", date: "2026-03-20", amount: 5_000_000, reference: "BL-1" }),
    importedMoneyEntryId(KEY, { kind: "giam", date: "2026-03-20", amount: 5_000_000, reference: null }),
  ]);
  expect(ids.size).toBe(9);
});
