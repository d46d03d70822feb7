import type { ResultCaseFigure, ResultCaseRow } from "@/lib/domain/api/result-cases";

// The two sums in đồng shown for each case: what the figure is about first (the sum the list adds up to, for a
// money figure), then what was done of it. Cases counted in the case rate show the money rate's terms.

export interface MoneyColumn {
  key: keyof ResultCaseRow["money"];
  label: string;
}

const TO_ENFORCE: MoneyColumn = { key: "toEnforce", label: "Tiền phải thi hành" };
const WITH_CONDITIONS: MoneyColumn = { key: "withConditions", label: "Tiền có điều kiện" };
const DONE: MoneyColumn = { key: "done", label: "Tiền đã thi hành" };

const FIRST_COLUMN: Partial<Record<ResultCaseFigure, MoneyColumn>> = {
  withConditions: WITH_CONDITIONS,
  finished: WITH_CONDITIONS,
  terminated: WITH_CONDITIONS,
  ongoing: WITH_CONDITIONS,
  done: WITH_CONDITIONS,
  moneyWithConditions: WITH_CONDITIONS,
  moneyDone: WITH_CONDITIONS,
};

const SECOND_COLUMN: Partial<Record<ResultCaseFigure, MoneyColumn>> = {
  moneyCollected: { key: "collected", label: "Tiền đã thu" },
  moneyTerminated: { key: "terminated", label: "Tiền đình chỉ" },
  moneyReduced: { key: "reduced", label: "Tiền được miễn, giảm" },
};

export function moneyColumnsFor(figure: ResultCaseFigure): [MoneyColumn, MoneyColumn] {
  return [FIRST_COLUMN[figure] ?? TO_ENFORCE, SECOND_COLUMN[figure] ?? DONE];
}
