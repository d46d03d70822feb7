import "server-only";

// The demo province must come out identical on every run (the caller inserts with ON CONFLICT DO NOTHING, and
// tests compare two runs), so nothing here may read the clock or Math.random(). Each case draws from its own
// stream keyed by a stable string: adding a field to one case or a name to a list then changes only what
// depends on it instead of reshuffling the whole province.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Log-uniform in [min, max]: amounts of money spread over orders of magnitude. */
  logUniform(min: number, max: number): number;
}

// A 128-bit string hash (cyrb128, public domain) seeds sfc32 (Chris Doty-Humphrey's small fast counter
// generator, public domain): statistically good enough for demo data and trivially reproducible. Both are
// hand-rolled because the generator creates ~60,000 streams and a crypto hash per stream was the slowest step.
function seedWords(key: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < key.length; i += 1) {
    const k = key.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  return [h1 >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

// A class rather than a closure-returning function: its methods live once on the prototype instead of being
// re-created for each of the tens of thousands of streams.
class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = seedWords(key);
    // Discard the first outputs: sfc32 mixes its seed over a dozen rounds.
    for (let i = 0; i < 12; i += 1) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick() on an empty list");
    return item;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let threshold = this.next() * total;
    for (const [value, weight] of entries) {
      threshold -= weight;
      if (threshold < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error("weighted() on an empty list");
    return last[0];
  }

  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }
}

export function createRng(key: string): Rng {
  return new Sfc32(key);
}

export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    const itemI = items[i];
    const itemJ = items[j];
    if (itemI === undefined || itemJ === undefined) continue;
    items[i] = itemJ;
    items[j] = itemI;
  }
  return items;
}

/** Rounds down to a multiple of `step` (amounts on judgments are round: 5.000.000 đ, not 5.000.217 đ). */
export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.floor(value / step) * step);
}
