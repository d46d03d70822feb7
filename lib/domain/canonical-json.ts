// Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. The same value always gives
// the same bytes on the device and on the server, so content hashes (records, audit chain) can be compared.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

// Written with loops and string appends rather than map/flatMap/join: the server computes it for every record
// of every push (check-mutation.ts) and it was the largest JavaScript self-time of `npm run bench:sync`. The
// bytes are those of the plain definition (canonical-json.test.ts compares the two on random values).
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ",";
      out += canonicalJson(value[i] as JsonValue) ?? ""; // JSON.stringify(undefined) is undefined, as join writes it
    }
    return `${out}]`;
  }
  const keys = Object.keys(value).sort();
  let out = "{";
  for (const key of keys) {
    const member = value[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ",";
    out += JSON.stringify(key);
    out += ":";
    out += canonicalJson(member);
  }
  return `${out}}`;
}
