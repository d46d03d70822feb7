// The geometry of the monthly chart, in SVG user units (the SVG scales to its box). The x axis always has the
// twelve months of the report year, October first, so a year in progress shows how much of it is left; the
// y axis is 0–100 %, the whole range a rate can take, so the two rates and the years compare honestly.

export interface ChartFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_FRAME: ChartFrame = { width: 640, height: 260, left: 52, right: 12, top: 12, bottom: 34 };
export const MONTH_SLOTS = 12;
export const Y_TICKS = [0, 20, 40, 60, 80, 100] as const;
/** The months of a report year in slot order: 10, 11, 12, 1, … 9. */
export const SLOT_MONTHS = Array.from({ length: MONTH_SLOTS }, (_, slot) => ((9 + slot) % 12) + 1);

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The centre of a month's slot (0 = October). */
export function xOfSlot(slot: number, frame: ChartFrame = CHART_FRAME): number {
  const plotWidth = frame.width - frame.left - frame.right;
  return round(frame.left + ((slot + 0.5) * plotWidth) / MONTH_SLOTS);
}

/** A percentage on the y axis, held inside 0–100 so a bad value cannot draw outside the plot. */
export function yOfPercent(percent: number, frame: ChartFrame = CHART_FRAME): number {
  const plotHeight = frame.height - frame.top - frame.bottom;
  const clamped = Math.min(100, Math.max(0, percent));
  return round(frame.top + ((100 - clamped) * plotHeight) / 100);
}

/**
 * An SVG path through the values by slot; a missing value (no rate that month) breaks the line rather than
 * drawing it down to zero. A lone point gets no segment: the chart marks every point with its own symbol.
 */
export function linePath(values: readonly (number | null)[], frame: ChartFrame = CHART_FRAME): string {
  let path = "";
  let isPenDown = false;
  values.forEach((value, slot) => {
    if (value === null) {
      isPenDown = false;
      return;
    }
    path += `${isPenDown ? "L" : "M"}${xOfSlot(slot, frame)} ${yOfPercent(value, frame)} `;
    isPenDown = true;
  });
  return path.trim();
}
