import { isRecord } from "../../form-kit/draft-path";

// Which identifiers each asset type carries (verification-assets.ts). Land and house share the land
// certificate's identifiers; receivables, income and other assets have none.
const IDENTIFIER_GROUP: Record<string, string | undefined> = { land: "land", house: "land", vehicle: "vehicle", deposit: "deposit" };

/** An asset switched to another type: common fields stay, identifiers of another kind go. */
export function withAssetType(asset: unknown, type: string): Record<string, unknown> {
  const current = isRecord(asset) ? asset : {};
  const { identifiers, ...common } = current;
  const group = IDENTIFIER_GROUP[type];
  if (group === undefined) return { ...common, type };
  const isSameGroup = typeof current.type === "string" && IDENTIFIER_GROUP[current.type] === group;
  return { ...common, type, identifiers: isSameGroup && isRecord(identifiers) ? identifiers : {} };
}

/** A new row of found assets: the most common find, land, with empty lists the schema requires. */
export function newFoundAsset(): Record<string, unknown> {
  return { type: "land", identifiers: {}, coOwners: [], photoSha256s: [] };
}
