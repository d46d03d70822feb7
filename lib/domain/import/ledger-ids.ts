import type { MoneyEntry } from "../cases";
import { sha256Bytes } from "./sha256";

// The ledger imported from the national software (« Phần mềm Thụ lý », domain §5) keeps that software's case code
// as its key, together with the unit's code, because the code alone is only unique inside one office. Every row
// gets an id derived from its key — never a random one — so importing the same file again hits the same ids and
// inserts nothing (ON CONFLICT DO NOTHING), and a decision or money file finds its case without a lookup table.
// Unit and case codes cannot contain "|" (cells.ts), so the names below are unambiguous.

/**
 * A name-based UUID from SHA-256 (RFC 9562 §5.8, the SHA-256 example of its Appendix B.2): the first 16 bytes of
 * the digest with the version (8) and variant (10xx) bits set. Distinct from the demo seed's SHA-1 v5 ids.
 */
export function nameBasedUuid(name: string): string {
  const bytes = sha256Bytes(name).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A case of the national software: the office's code (`HD.TPHD`) and that software's case code. */
export interface CaseKey {
  unitCode: string;
  caseCode: string;
}

export function caseKeyText(key: CaseKey): string {
  return `${key.unitCode}|${key.caseCode}`;
}

export function importedCaseId(key: CaseKey): string {
  return nameBasedUuid(`case|${caseKeyText(key)}`);
}

/** The case's money obligation (one line per imported case, position 0). */
export function importedObligationId(key: CaseKey, position: number): string {
  return nameBasedUuid(`obligation|${caseKeyText(key)}|${position}`);
}

/** A decision of the case's status history; seq 0 is the QĐTHA of the case file. */
export function importedDecisionId(key: CaseKey, seq: number): string {
  return nameBasedUuid(`decision|${caseKeyText(key)}|${seq}`);
}

/**
 * A money entry has no number of its own in the export, so its id is its whole content: two receipts of the same
 * amount on the same day are told apart only by their reference (số biên lai / chứng từ).
 */
export function importedMoneyEntryId(key: CaseKey, entry: { kind: MoneyEntry["kind"]; date: string; amount: number; reference: string | null }): string {
  return nameBasedUuid(`money|${caseKeyText(key)}|${entry.kind}|${entry.date}|${entry.amount}|${entry.reference ?? ""}`);
}
