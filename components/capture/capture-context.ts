import type { CaseDetail } from "@/lib/domain/api/cases";
import type { Party } from "@/lib/domain/parties";
import { partyName } from "@/lib/domain/party-name";
import type { CaptureContext } from "./record-form-contract";

function identityOf(party: Party): CaptureContext["debtor"]["identity"] {
  return party.type === "person" ? party.identity : undefined;
}

/** What a new biên bản is prefilled from: the case's parties and decision, and the officer's name. */
export function captureContextOf(detail: CaseDetail, officerName: string): CaptureContext {
  const { debtor, creditor, decisionNumber, decisionDate } = detail.case;
  const identity = identityOf(debtor);
  return {
    officerName,
    debtor: { name: partyName(debtor), address: debtor.address.asWritten, ...(identity ? { identity } : {}) },
    creditor: { name: partyName(creditor), address: creditor.address.asWritten },
    decisionNumber,
    decisionDate,
  };
}
