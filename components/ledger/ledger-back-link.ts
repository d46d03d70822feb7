import { routes } from "@/lib/routes";

/**
 * Where « ← » on a case's ledger goes: back to the results list it was opened from (with its filters and page),
 * otherwise the review queue, where heads meet cases needing a decision. Only a path of the results list is
 * followed — never another site (`//host`) or any other page a crafted link names.
 */
export function ledgerBackLink(from: string | null): { href: string; label: string } {
  if (from !== null && (from === routes.resultCases || from.startsWith(`${routes.resultCases}?`))) {
    return { href: from, label: "← Danh sách việc (kết quả thi hành án)" };
  }
  return { href: routes.review, label: "← Duyệt biên bản" };
}
