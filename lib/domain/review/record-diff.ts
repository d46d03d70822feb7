import type { Json, JsonObject } from "../json";

// The field-by-field comparison of a revision with the record it replaces (issue #5): what the head reads
// before approving a correction. Paths are dotted (`payload.assets.0.value`); arrays compare by position,
// which is how the forms keep them (a removed row shifts the rows after it, and the diff says so).

export interface FieldChange {
  path: string;
  kind: "added" | "removed" | "changed";
  before: Json | null;
  after: Json | null;
}

// Fields that differ between any two records by construction, not by what the officer changed.
const IGNORED_TOP_LEVEL = new Set(["id", "contentHash", "revisionOf", "deviceId", "createdAt", "updatedAt", "state"]);

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function walk(before: Json | undefined, after: Json | undefined, path: string, out: FieldChange[]): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, kind: "added", before: null, after: after ?? null });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: "removed", before, after: null });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) walk(before[index], after[index], `${path}.${index}`, out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, kind: "changed", before, after });
}

/** Every leaf that differs between two versions of a record, in path order; empty when they say the same. */
export function diffRecords(previous: JsonObject, next: JsonObject): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((key) => !IGNORED_TOP_LEVEL.has(key)).sort();
  for (const key of keys) walk(previous[key], next[key], key, out);
  return out;
}
