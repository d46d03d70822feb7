import type { DraftPayload, FieldErrors } from "../record-form-contract";

// A path into a draft is the dotted form of a zod issue path (`assets.0.identifiers.mapSheet`), so the key of a
// field and the key of its error are the same string. Numeric segments index arrays.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIndex(segment: string): boolean {
  return /^\d+$/.test(segment);
}

function segmentsOf(path: string): string[] {
  return path === "" ? [] : path.split(".");
}

/** `joinPath("assets", 0, "description")` → `assets.0.description`; empty parts are skipped. */
export function joinPath(...parts: (string | number)[]): string {
  return parts.filter((part) => part !== "").join(".");
}

export function getAt(draft: unknown, path: string): unknown {
  let current: unknown = draft;
  for (const segment of segmentsOf(path)) {
    if (Array.isArray(current)) current = isIndex(segment) ? current[Number(segment)] : undefined;
    else if (isRecord(current)) current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
  }
  return current;
}

function isCleared(value: unknown): boolean {
  return value === undefined || value === "";
}

// A copy with `array[index] = value`; `index === length` appends. (Not `Array#with`: older Android WebViews.)
function replaced(array: readonly unknown[], index: number, value: unknown): unknown[] {
  const copy = array.slice();
  copy[index] = value;
  return copy;
}

function setInArray(array: readonly unknown[], segments: string[], value: unknown): readonly unknown[] {
  const [head = "", ...rest] = segments;
  if (!isIndex(head)) return array;
  const index = Number(head);
  if (index > array.length) return array; // no holes
  if (rest.length === 0) {
    // Removing an element shifts the rest; "" stays, so a blank row of a list of strings is kept while typed.
    if (value === undefined) return index < array.length ? array.filter((_, i) => i !== index) : array;
    return Object.is(array[index], value) ? array : replaced(array, index, value);
  }
  const child = array[index];
  const next = setIn(child, rest, value);
  return next === child ? array : replaced(array, index, next);
}

function setInRecord(record: Readonly<Record<string, unknown>>, segments: string[], value: unknown): Readonly<Record<string, unknown>> {
  const [head = "", ...rest] = segments;
  if (rest.length === 0) {
    if (isCleared(value)) {
      if (!Object.hasOwn(record, head)) return record;
      return Object.fromEntries(Object.entries(record).filter(([key]) => key !== head));
    }
    return Object.is(record[head], value) ? record : { ...record, [head]: value };
  }
  const child = Object.hasOwn(record, head) ? record[head] : undefined;
  const next = setIn(child, rest, value);
  return next === child ? record : { ...record, [head]: next };
}

function setIn(container: unknown, segments: string[], value: unknown): unknown {
  const [head] = segments;
  if (head === undefined) return value;
  if (Array.isArray(container)) return setInArray(container, segments, value);
  if (isRecord(container)) return setInRecord(container, segments, value);
  // Nothing there yet: clearing it is a no-op; setting it creates the missing parents.
  if (isCleared(value)) return container;
  return isIndex(head) ? setInArray([], segments, value) : setInRecord({}, segments, value);
}

/**
 * An immutable update: only the objects along the path are copied, so untouched sections keep their identity
 * (and memoized sections do not re-render). Setting `undefined` or `""` deletes an object key; at an array
 * index `undefined` removes the element and `""` is stored (a blank row of a list of strings).
 * Returns the same draft when nothing changes.
 */
export function setAt(draft: DraftPayload, path: string, value: unknown): DraftPayload {
  const next = setIn(draft, segmentsOf(path), value);
  return isRecord(next) ? next : draft;
}

/** The message for a field, by its dotted path. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return Object.hasOwn(errors, path) ? errors[path] : undefined;
}
