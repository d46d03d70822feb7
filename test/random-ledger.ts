import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import type { LedgerCase } from "@/lib/domain/statistics/case-figures";

// Random case ledgers for property tests: a seeded generator, so a failure is reproducible.
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const STATUSES = CaseStatusSchema.options;
const GROUNDS = [null, "a", "b", "c", "d"];

function date(random: () => number): string {
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

export function randomCase(random: () => number): LedgerCase & { office: number; officer: number } {
  const acceptedDate = date(random);
  const events = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, index) => ({
    seq: index + 1,
    status: STATUSES[Math.floor(random() * STATUSES.length)] ?? "dang_thi_hanh",
    ground: GROUNDS[Math.floor(random() * GROUNDS.length)] ?? null,
    decisionDate: date(random) < acceptedDate ? acceptedDate : date(random),
  }));
  const kinds = ["co_dieu_kien", "thu", "dinh_chi", "giam"] as const;
  const moneyEntries = Array.from({ length: Math.floor(random() * 5) }, () => ({
    kind: kinds[Math.floor(random() * kinds.length)] ?? "thu",
    amount: Math.floor(random() * 1e9),
    entryDate: date(random),
  }));
  return { acceptedDate, obligationTotal: Math.floor(random() * 2e9), events, moneyEntries, office: Math.floor(random() * 5), officer: Math.floor(random() * 3) };
}

