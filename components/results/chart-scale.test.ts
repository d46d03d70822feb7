import { expect, test } from "vitest";
import { CHART_FRAME, linePath, SLOT_MONTHS, xOfSlot, yOfPercent } from "./chart-scale";

test("0 % sits on the x axis and 100 % at the top of the plot; values outside are held inside", () => {
  expect(yOfPercent(0)).toBe(CHART_FRAME.height - CHART_FRAME.bottom);
  expect(yOfPercent(100)).toBe(CHART_FRAME.top);
  expect(yOfPercent(50)).toBe((CHART_FRAME.height - CHART_FRAME.bottom + CHART_FRAME.top) / 2);
  expect(yOfPercent(140)).toBe(yOfPercent(100));
  expect(yOfPercent(-3)).toBe(yOfPercent(0));
});

test("twelve month slots from October fill the plot's width, left to right", () => {
  expect(SLOT_MONTHS).toEqual([10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const xs = SLOT_MONTHS.map((_, slot) => xOfSlot(slot));
  expect(xs[0]).toBeGreaterThan(CHART_FRAME.left);
  expect(xs.at(-1)).toBeLessThan(CHART_FRAME.width - CHART_FRAME.right);
  for (let slot = 1; slot < xs.length; slot += 1) expect(xs[slot]).toBeGreaterThan(xs[slot - 1] ?? Number.POSITIVE_INFINITY);
});

test("a line breaks at a month with no rate instead of dropping to zero", () => {
  const path = linePath([10, 20, null, 40]);
  expect(path.match(/M/g)).toHaveLength(2);
  expect(path.match(/L/g)).toHaveLength(1);
  expect(path.startsWith(`M${xOfSlot(0)} ${yOfPercent(10)} L${xOfSlot(1)} ${yOfPercent(20)}`)).toBe(true);
  expect(path.endsWith(`M${xOfSlot(3)} ${yOfPercent(40)}`)).toBe(true);
  expect(path).not.toContain("NaN");
});

test("no values draw nothing; one value is a move with no segment", () => {
  expect(linePath([])).toBe("");
  expect(linePath([null, null])).toBe("");
  expect(linePath([83.99])).toBe(`M${xOfSlot(0)} ${yOfPercent(83.99)}`);
});
