import type { Figures } from "./case-figures";
import { ratesOf } from "./rates";

// The numbers of the results screen one can open as a list of cases: every key of Figures, and the three the
// screen derives from them (xong + đình chỉ, chuyển kỳ sau, tiền đã thi hành), defined by rates.ts so that a
// case is in a list exactly when it adds to the number shown.

export const COUNT_FIGURE_KEYS = [
  "carriedOver",
  "newlyAccepted",
  "transferredOut",
  "otherExits",
  "toEnforce",
  "withConditions",
  "withoutConditions",
  "finished",
  "terminated",
  "ongoing",
  "postponed",
  "suspended",
  "done",
  "carriedForward",
] as const;

export const MONEY_FIGURE_KEYS = ["moneyToEnforce", "moneyWithConditions", "moneyCollected", "moneyTerminated", "moneyReduced", "moneyDone"] as const;

export const FIGURE_KEYS = [...COUNT_FIGURE_KEYS, ...MONEY_FIGURE_KEYS] as const;

export type CountFigureKey = (typeof COUNT_FIGURE_KEYS)[number];
export type MoneyFigureKey = (typeof MONEY_FIGURE_KEYS)[number];
export type FigureKey = (typeof FIGURE_KEYS)[number];

export function isMoneyFigure(key: FigureKey): key is MoneyFigureKey {
  return (MONEY_FIGURE_KEYS as readonly string[]).includes(key);
}

/** One figure of some Figures (one case's, or a sum): a count of cases, or a sum in đồng. */
export function figureValue(figures: Figures, key: FigureKey): number {
  switch (key) {
    case "done":
      return figures.finished + figures.terminated;
    case "carriedForward":
      return ratesOf(figures).carriedForward;
    case "moneyDone":
      return ratesOf(figures).moneyDone;
    default:
      return figures[key];
  }
}
