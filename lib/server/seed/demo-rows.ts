import "server-only";
import type { caseMoneyEntries, caseMoneyObligations, cases, caseStatusEvents } from "@/lib/server/db/schema";
import { demoUuid } from "./demo-ids";
import type { DraftCase } from "./generate-office-cases";
import type { CaseLedger } from "./money-ledger";
import { caseSearchText } from "@/lib/domain/search-text";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface CaseRows {
  caseRow: Insert<typeof cases>;
  obligations: Insert<typeof caseMoneyObligations>[];
  events: Insert<typeof caseStatusEvents>[];
  entries: Insert<typeof caseMoneyEntries>[];
}

export function toCaseRows(draft: DraftCase, ledger: CaseLedger): CaseRows {
  const first = draft.events[0];
  const last = draft.events[draft.events.length - 1];
  if (!first || !last) throw new Error(`Case ${draft.key} has no events`);
  const searchText = caseSearchText(draft.debtor.party, draft.creditor.party, first.decisionNumber);
  // Stable sort: entries of the same day keep their ledger order (assessment before the đình chỉ it closes).
  const entries = [...ledger.entries].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return {
    caseRow: {
      id: draft.id,
      unitId: draft.staff.unitId,
      assignedOfficerId: draft.officerId,
      // The thụ lý is the QĐTHA itself: the case is accepted on the day the head signs it.
      decisionNumber: first.decisionNumber,
      decisionDate: first.date,
      acceptedDate: first.date,
      judgmentNumber: draft.judgment.number,
      judgmentDate: draft.judgment.date,
      judgmentCourt: draft.judgment.court,
      kind: draft.kind,
      debtor: draft.debtor.party,
      creditor: draft.creditor.party,
      searchText,
      nonMoneyObligations: draft.nonMoney,
      // Every event is dated on or before 30/9/2021, so the latest event is also the status today.
      status: last.status,
      statusGround: last.ground,
    },
    obligations: draft.money.map((line, position) => ({
      id: demoUuid("money-obligation", `${draft.key}:${position}`),
      caseId: draft.id,
      position,
      description: line.description,
      amount: line.amount,
    })),
    events: draft.events.map((event) => ({
      id: event.id,
      caseId: draft.id,
      seq: event.seq,
      status: event.status,
      ground: event.ground,
      decisionNumber: event.decisionNumber,
      decisionDate: event.date,
      signer: event.signer,
    })),
    entries: entries.map((entry, k) => ({
      id: demoUuid("money-entry", `${draft.key}:${k}`),
      caseId: draft.id,
      kind: entry.kind,
      amount: entry.amount,
      entryDate: entry.date,
      reference: entry.reference,
    })),
  };
}
