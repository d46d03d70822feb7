import { isRecord } from "./draft-path";

/** Structural equality of JSON-like values (drafts hold only JSON). */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => isDeepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && isDeepEqual(a[key], b[key]));
  }
  return false;
}

function hasFilledLeaf(value: unknown): boolean {
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number" || value === true) return true;
  if (Array.isArray(value)) return value.some(hasFilledLeaf);
  if (isRecord(value)) return Object.values(value).some(hasFilledLeaf);
  return false;
}

/**
 * Whether removing a list item loses something the officer entered: it differs from a fresh item and holds
 * at least one filled value. An untouched row goes without a question.
 */
export function hasContent(item: unknown, blank: unknown): boolean {
  return !isDeepEqual(item, blank) && hasFilledLeaf(item);
}
