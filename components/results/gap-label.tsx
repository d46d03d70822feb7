import { type GapTone, gapView, NO_VALUE } from "./results-format";

// The gap to a target in words with an arrow; the colour only repeats them (WCAG 1.4.1, use of colour).
const TONES: Record<GapTone, { icon: string; className: string }> = {
  above: { icon: "▲", className: "text-green-800" },
  below: { icon: "▼", className: "font-semibold text-red-800" },
  on: { icon: "●", className: "text-slate-800" },
};

export function GapLabel({ gap, testId }: { gap: number | null; testId?: string }) {
  const view = gapView(gap);
  if (view === null) {
    return (
      <span data-testid={testId} className="text-slate-600">
        {NO_VALUE}
      </span>
    );
  }
  const tone = TONES[view.tone];
  return (
    <span data-testid={testId} data-tone={view.tone} className={`whitespace-nowrap ${tone.className}`}>
      <span aria-hidden="true">{tone.icon} </span>
      {view.text}
    </span>
  );
}
