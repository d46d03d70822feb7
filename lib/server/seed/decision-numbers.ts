import "server-only";
import type { DraftCase, DraftEvent } from "./generate-office-cases";
import { createRng } from "./prng";

// A Chi cục numbers its decisions in one running series per calendar year ("123/QĐ-CCTHADS"), restarting on
// 1 January — hence the unique index (unit, number, date) on cases. Numbers are handed out in date order; the
// step of 1–3 stands for the decisions this demo does not model (kê biên, cưỡng chế, thu hồi …), so the
// numbers look like a real register rather than a gapless list. Paid-up cases are closed by a xác nhận
// kết quả thi hành án (Luật THADS Đ.53) in its own "XN" series.
export function assignDecisionNumbers(officeCases: readonly DraftCase[]): void {
  const slug = officeCases[0]?.staff.plan.slug ?? "";
  const ordered: { event: DraftEvent; caseIndex: number }[] = officeCases.flatMap((draft, caseIndex) =>
    draft.events.map((event) => ({ event, caseIndex })),
  );
  ordered.sort((x, y) => (x.event.date < y.event.date ? -1 : x.event.date > y.event.date ? 1 : x.caseIndex - y.caseIndex || x.event.seq - y.event.seq));

  const counters = new Map<string, number>();
  const rng = createRng(`decision-numbers:${slug}`);
  for (const { event } of ordered) {
    const series = `${event.date.slice(0, 4)}:${event.series}`;
    const next = (counters.get(series) ?? 0) + (rng.chance(0.7) ? 1 : rng.int(2, 3));
    counters.set(series, next);
    event.decisionNumber = `${next}/${event.series}-CCTHADS`;
  }
}
