import type { Party } from "./parties";

// Apart from parties.ts (the schemas) so that screens which only name a party do not load zod (issue #7).
/** The name a party goes by: a person's full name or an organisation's name. */
export function partyName(party: Party): string {
  return party.type === "person" ? party.fullName : party.name;
}
