export interface Option<V extends string = string> {
  value: V;
  label: string;
}

/** Options from a label table of lib/domain/records/labels.ts, in its order, in Vietnamese. */
export function optionsOf<V extends string>(labels: Record<V, { vi: string }>, only?: readonly V[]): Option<V>[] {
  const keys = only ?? (Object.keys(labels) as V[]); // the keys of a Record<V, …> literal are exactly V
  return keys.map((value) => ({ value, label: labels[value].vi }));
}
