import { expect, test } from "vitest";
import { caseFigures, EMPTY_FIGURES, sumFigures, type LedgerCase, type LedgerStatusEvent } from "./case-figures";
import { ratesOf } from "./rates";

// Report year 2021 = 1/10/2020 – 30/9/2021. Small cases computed by hand.
const YEAR = 2021;
const END = "2021-09-30";

function ledger(acceptedDate: string, events: [string, string, string | null][], extra: Partial<LedgerCase> = {}): LedgerCase {
  const statusEvents: LedgerStatusEvent[] = events.map(([decisionDate, status, ground], index) => ({ seq: index + 1, status, ground, decisionDate }));
  return { acceptedDate, obligationTotal: 100_000_000, events: statusEvents, moneyEntries: [], ...extra };
}

test("a case being enforced is có điều kiện and in the denominator, not in the numerator", () => {
  const f = caseFigures(ledger("2020-11-02", [["2020-11-02", "dang_thi_hanh", null]]), YEAR, END);
  expect(f).toMatchObject({ newlyAccepted: 1, carriedOver: 0, toEnforce: 1, withConditions: 1, ongoing: 1, finished: 0, moneyToEnforce: 100_000_000 });
  expect(ratesOf(f)).toMatchObject({ caseRateBp: 0, carriedForward: 1 });
});

test("xong and đình chỉ are in the numerator and the denominator", () => {
  const done = caseFigures(ledger("2019-05-02", [["2019-05-02", "dang_thi_hanh", null], ["2021-03-01", "thi_hanh_xong", null]]), YEAR, END);
  const ended = caseFigures(ledger("2020-10-05", [["2020-10-05", "dang_thi_hanh", null], ["2021-02-01", "dinh_chi", null]]), YEAR, END);
  expect(done).toMatchObject({ carriedOver: 1, withConditions: 1, finished: 1 });
  expect(ended).toMatchObject({ newlyAccepted: 1, withConditions: 1, terminated: 1 });
  expect(ratesOf(sumFigures([done, ended]))).toMatchObject({ caseRateBp: 10_000, carriedForward: 0 });
});

test("chưa có điều kiện, tạm đình chỉ and hoãn other than (c) are phải thi hành but out of the denominator; hoãn (c) is in", () => {
  const cases = [
    ledger("2020-10-10", [["2020-10-10", "dang_thi_hanh", null], ["2021-01-10", "chua_co_dieu_kien", "a"]]),
    ledger("2020-10-10", [["2020-10-10", "dang_thi_hanh", null], ["2021-01-10", "tam_dinh_chi", null]]),
    ledger("2020-10-10", [["2020-10-10", "dang_thi_hanh", null], ["2021-01-10", "hoan", "a"]]),
    ledger("2020-10-10", [["2020-10-10", "dang_thi_hanh", null], ["2021-01-10", "hoan", "c"]]),
  ];
  const [none, suspended, postponedA, postponedC] = cases.map((c) => caseFigures(c, YEAR, END));
  expect(none).toMatchObject({ toEnforce: 1, withoutConditions: 1, withConditions: 0 });
  expect(suspended).toMatchObject({ toEnforce: 1, withoutConditions: 1, suspended: 1 });
  expect(postponedA).toMatchObject({ toEnforce: 1, withoutConditions: 1, postponed: 1 });
  expect(postponedC).toMatchObject({ toEnforce: 1, withConditions: 1, postponed: 1, ongoing: 0 });
});

test("ủy thác đi leaves phải thi hành; sổ theo dõi riêng and trả lại yêu cầu too, counted apart", () => {
  const out = caseFigures(ledger("2020-12-01", [["2020-12-01", "dang_thi_hanh", null], ["2021-04-01", "uy_thac_di", null]]), YEAR, END);
  expect(out).toEqual({ ...EMPTY_FIGURES, newlyAccepted: 1, transferredOut: 1 });
  const separate = caseFigures(ledger("2018-12-01", [["2018-12-01", "chua_co_dieu_kien", "a"], ["2021-04-01", "so_theo_doi_rieng", null]]), YEAR, END);
  expect(separate).toEqual({ ...EMPTY_FIGURES, carriedOver: 1, otherExits: 1 });
});

test("a case that moves from chưa có to có điều kiện during the year counts where it stands on the as-of date", () => {
  const moving = ledger("2019-03-01", [["2019-03-01", "chua_co_dieu_kien", "a"], ["2021-05-15", "dang_thi_hanh", null]]);
  expect(caseFigures(moving, YEAR, "2021-05-14")).toMatchObject({ withConditions: 0, withoutConditions: 1 });
  expect(caseFigures(moving, YEAR, "2021-05-15")).toMatchObject({ withConditions: 1, withoutConditions: 0, ongoing: 1 });
});

test("as-of dates before a decision, and cases accepted later or closed before the year, are left out", () => {
  const finishedInJune = ledger("2020-10-20", [["2020-10-20", "dang_thi_hanh", null], ["2021-06-01", "thi_hanh_xong", null]]);
  expect(caseFigures(finishedInJune, YEAR, "2021-05-31")).toMatchObject({ ongoing: 1, finished: 0 });
  expect(caseFigures(finishedInJune, YEAR, "2021-06-01")).toMatchObject({ ongoing: 0, finished: 1 });
  expect(caseFigures(finishedInJune, YEAR, "2020-10-19")).toEqual(EMPTY_FIGURES);
  const closedLastYear = ledger("2019-01-01", [["2019-01-01", "dang_thi_hanh", null], ["2020-09-30", "thi_hanh_xong", null]]);
  expect(caseFigures(closedLastYear, YEAR, END)).toEqual(EMPTY_FIGURES);
  const closedOnFirstDay = ledger("2019-01-01", [["2019-01-01", "dang_thi_hanh", null], ["2020-10-01", "thi_hanh_xong", null]]);
  expect(caseFigures(closedOnFirstDay, YEAR, END)).toMatchObject({ carriedOver: 1, finished: 1 });
});

test("money: the latest assessment as of the date is the base; receipts, đình chỉ and giảm of this year are done", () => {
  const moneyCase = ledger("2020-10-05", [["2020-10-05", "dang_thi_hanh", null]], {
    obligationTotal: 500_000_000,
    moneyEntries: [
      { kind: "co_dieu_kien", amount: 300_000_000, entryDate: "2020-11-01" },
      { kind: "thu", amount: 50_000_000, entryDate: "2020-12-01" },
      { kind: "co_dieu_kien", amount: 200_000_000, entryDate: "2021-03-01" },
      { kind: "giam", amount: 10_000_000, entryDate: "2021-04-01" },
      { kind: "dinh_chi", amount: 40_000_000, entryDate: "2021-05-01" },
      { kind: "thu", amount: 99_000_000, entryDate: "2021-10-01" }, // next year
    ],
  });
  const f = caseFigures(moneyCase, YEAR, END);
  expect(f).toMatchObject({ moneyToEnforce: 500_000_000, moneyWithConditions: 200_000_000, moneyCollected: 50_000_000, moneyReduced: 10_000_000, moneyTerminated: 40_000_000 });
  expect(ratesOf(f)).toMatchObject({ moneyRateBp: 5_000, moneyDone: 100_000_000 });
  expect(caseFigures(moneyCase, YEAR, "2021-02-28")).toMatchObject({ moneyWithConditions: 300_000_000, moneyCollected: 50_000_000, moneyReduced: 0 });
  const carried = { ...moneyCase, acceptedDate: "2019-01-01", moneyEntries: [{ kind: "thu" as const, amount: 70_000_000, entryDate: "2020-09-01" }, ...moneyCase.moneyEntries] };
  expect(caseFigures(carried, YEAR, END).moneyCollected).toBe(50_000_000); // last year's receipt was last year's result
});

test("no cases: zero everywhere and no rate rather than NaN", () => {
  const rates = ratesOf(sumFigures([]));
  expect(rates).toEqual({ caseRateBp: null, moneyRateBp: null, carriedForward: 0, moneyDone: 0 });
});
