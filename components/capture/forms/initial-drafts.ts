import { toVietnamIso } from "../form-kit/datetime-local";
import { newParticipant } from "../participants/new-participant";
import type { CaptureContext, DraftPayload } from "../record-form-contract";

// New drafts, prefilled from the case and the officer. Pure: the page passes `now`. Keys with nothing to say
// are left out (the draft convention: an empty value is an absent key), so the schemas' own "required"
// messages point at what is still to be filled.

function compact(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== ""));
}

function addressOf(asWritten: string): { asWritten: string } | undefined {
  return asWritten.trim() === "" ? undefined : { asWritten };
}

function officer(context: CaptureContext): Record<string, unknown> {
  return compact({ ...newParticipant("chap_hanh_vien"), fullName: context.officerName });
}

function debtorParticipant({ debtor }: CaptureContext): Record<string, unknown> {
  return compact({ ...newParticipant("duong_su"), fullName: debtor.name, identity: debtor.identity, address: debtor.address });
}

/** Xác minh: started now, at the debtor's address, the officer and the debtor as participants. */
export function initialVerificationDraft(context: CaptureContext, now: Date): DraftPayload {
  return compact({
    startedAt: toVietnamIso(now),
    place: addressOf(context.debtor.address),
    informants: [],
    subject: compact({ identity: context.debtor.identity }),
    assets: [],
    participants: [officer(context), debtorParticipant(context)],
  });
}

/** Thông báo: the enforcement decision taken in person to the debtor, attempted now. */
export function initialServiceDraft(context: CaptureContext, now: Date): DraftPayload {
  const { debtor } = context;
  return compact({
    // NĐ 152/2026 Đ.16 k.1 điểm b: the enforcement decision itself is the document served physically.
    document: compact({ number: context.decisionNumber, date: context.decisionDate, title: "Quyết định thi hành án", type: "quyet_dinh_thi_hanh_an" }),
    channel: "truc_tiep",
    addressee: compact({ name: debtor.name, identity: debtor.identity, address: addressOf(debtor.address) }),
    attemptedAt: toVietnamIso(now),
    participants: [officer(context)],
  });
}

/** A row of the valuation's asset list. */
export function newValuedAsset(): Record<string, unknown> {
  return { quantity: 1 };
}

/** Định giá: one asset row to describe, the officer as participant; the method is the officer's choice. */
export function initialValuationDraft(context: CaptureContext, _now: Date): DraftPayload {
  return { assets: [newValuedAsset()], participants: [officer(context)] };
}
