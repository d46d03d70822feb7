import { isRecord } from "../form-kit/draft-path";

// A loose reading of participants still being typed; the schema (participants.ts) is the rule, this only
// decides when to show the hint before the officer tries to finalize.

function signOffKind(participant: unknown): unknown {
  return isRecord(participant) && isRecord(participant.signOff) ? participant.signOff.kind : undefined;
}

function isSignedWitness(participant: unknown): boolean {
  if (!isRecord(participant) || participant.role !== "nguoi_chung_kien" || !isRecord(participant.signOff)) return false;
  const { kind, attachmentSha256 } = participant.signOff;
  return (kind === "signature" || kind === "fingerprint") && typeof attachmentSha256 === "string";
}

/** NĐ 62 Đ.12 k.4; NĐ 152/2026 Đ.16 k.6: someone refused or is absent, and no witness has signed yet. */
export function needsWitness(participants: unknown): boolean {
  if (!Array.isArray(participants)) return false;
  const hasMissing = participants.some((p) => signOffKind(p) === "refused" || signOffKind(p) === "absent");
  return hasMissing && !participants.some(isSignedWitness);
}
