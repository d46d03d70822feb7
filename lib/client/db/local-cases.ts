import "client-only";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { partyName } from "@/lib/domain/parties";
import { normalizeSearchText } from "@/lib/domain/search-text";
import type { FieldDatabase, LocalCase } from "./field-database";

function searchTextOf(detail: CaseDetail): string {
  const { debtor, creditor, decisionNumber, judgment } = detail.case;
  const identities = [debtor, creditor].flatMap((party) =>
    party.type === "person" ? [party.identity?.number ?? ""] : [party.enterpriseCode ?? ""],
  );
  return normalizeSearchText([decisionNumber, judgment.number, partyName(debtor), partyName(creditor), ...identities].join(" "));
}

/**
 * Replaces the cases this user holds with a complete set from the server, in one transaction: a case no
 * longer assigned disappears, and a crash half-way leaves the old set whole. Other users' cases on a shared
 * phone are not touched. Records made on a case are the officer's and are never deleted here.
 */
export async function replaceHeldCases(db: FieldDatabase, userId: string, cases: readonly CaseDetail[], now: Date = new Date()): Promise<void> {
  const pulledAt = now.toISOString();
  const rows: LocalCase[] = cases.map((detail) => ({ id: detail.case.id, heldBy: userId, detail, searchText: searchTextOf(detail), pulledAt }));
  await db.transaction("rw", db.cases, db.meta, async () => {
    await db.cases.where("heldBy").equals(userId).delete();
    await db.cases.bulkPut(rows);
    await db.meta.put({ key: `casesPulledAt:${userId}`, value: pulledAt });
  });
}

export async function listHeldCases(db: FieldDatabase, userId: string): Promise<LocalCase[]> {
  return db.cases.where("heldBy").equals(userId).toArray();
}

export async function casesPulledAt(db: FieldDatabase, userId: string): Promise<string | null> {
  const entry = await db.meta.get(`casesPulledAt:${userId}`);
  return typeof entry?.value === "string" ? entry.value : null;
}

/** Matches a search box query against a case: diacritics and case do not matter. */
export function caseMatches(localCase: LocalCase, query: string): boolean {
  const needle = normalizeSearchText(query);
  return needle === "" || localCase.searchText.includes(needle);
}
