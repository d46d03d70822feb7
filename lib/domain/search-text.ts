import type { Party } from "./parties";

// Search ignores case and Vietnamese diacritics: officers type "nguyen van hung" on a phone keyboard as often
// as "Nguyễn Văn Hùng". đ/Đ is a separate letter in Unicode (not a combining mark), so it is mapped by hand.
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * `cases.search_text`: what an officer types to find a case — both parties' names and document numbers and the
 * QĐTHA number. Shared by the demo seed and the ledger import so that both kinds of case are found alike.
 */
export function caseSearchText(debtor: Party, creditor: Party, decisionNumber: string): string {
  const parts = (party: Party) => (party.type === "organization" ? [party.name, party.enterpriseCode ?? ""] : [party.fullName, party.identity?.number ?? ""]);
  return normalizeSearchText([...parts(debtor), ...parts(creditor), decisionNumber].filter(Boolean).join(" "));
}
