import "client-only";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { canonicalJson, type JsonValue } from "@/lib/domain/canonical-json";
import { partyName } from "@/lib/domain/party-name";
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
 *
 * Only what changed is written. The app pulls the whole set each time it opens online, and rewriting ~100
 * unchanged cases woke the case list's live query — deadlines recomputed, every card rendered again — in the
 * first second on the phone (issue #7: Lighthouse's blocking time). A row's `pulledAt` is when its current
 * copy arrived; the set's time is `casesPulledAt`.
 */
export async function replaceHeldCases(db: FieldDatabase, userId: string, cases: readonly CaseDetail[], now: Date = new Date()): Promise<void> {
  const pulledAt = now.toISOString();
  await db.transaction("rw", db.cases, db.meta, async () => {
    const held = new Map((await db.cases.where("heldBy").equals(userId).toArray()).map((row) => [row.id, row]));
    const incoming = new Set(cases.map((detail) => detail.case.id));
    const gone = [...held.keys()].filter((id) => !incoming.has(id));
    const changed = cases.flatMap((detail): LocalCase[] => {
      const stored = held.get(detail.case.id);
      if (stored && canonicalJson(stored.detail as unknown as JsonValue) === canonicalJson(detail as unknown as JsonValue)) return [];
      return [{ id: detail.case.id, heldBy: userId, detail, searchText: searchTextOf(detail), pulledAt }];
    });
    if (gone.length > 0) await db.cases.bulkDelete(gone);
    if (changed.length > 0) await db.cases.bulkPut(changed);
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
