import "server-only";
import type { CaseStatus } from "@/lib/domain/case-status";
import {
  ACCEPTANCE_MONTHS, addDays, AS_OF, FINISH_MONTHS, maxDate, minDate, PREVIOUS_YEAR_END, PREVIOUS_YEAR_START, sampleDate,
  YEAR_START, type MonthWeights,
} from "./calendar";
import type { Scale } from "./case-profiles";
import type { Rng } from "./prng";

/** Where a case stands on 30/9/2021, which fixes how the statistics count it (classifyStatus). */
export type Outcome =
  | "xong" // thi hành xong in the year: có điều kiện, finished
  | "dinh_chi" // đình chỉ in the year: có điều kiện, finished
  | "dang" // đang thi hành: có điều kiện, not finished
  | "hoan_c" // hoãn on ground c (the parties agree): có điều kiện (TT 06/2019)
  | "chua_co_dk" // chưa có điều kiện (Đ.44a, grounds a/b/c)
  | "hoan_ab" // hoãn on grounds a/b: without conditions
  | "tam_dinh_chi" // suspended: without conditions [?]
  | "uy_thac" // ủy thác đi in the year: deducted from phải thi hành
  | "ended_before"; // ended in report year 2020: not carried over at all

export const OUTCOME_SCALE: Readonly<Record<Outcome, Scale>> = {
  xong: "small", dinh_chi: "small", ended_before: "small", dang: "medium", hoan_c: "medium", uy_thac: "medium",
  chua_co_dk: "large", hoan_ab: "large", tam_dinh_chi: "large",
};

/** Share of each outcome accepted in an earlier year (cũ chuyển sang): old cases are mostly those without conditions. */
const CARRIED_OVER_SHARE: Readonly<Record<Exclude<Outcome, "ended_before">, number>> = {
  xong: 0.25, dinh_chi: 0.35, dang: 0.45, hoan_c: 0.5, chua_co_dk: 0.85, hoan_ab: 0.7, tam_dinh_chi: 0.7, uy_thac: 0.3,
};

export interface TimelineEvent {
  status: CaseStatus;
  ground: string | null;
  date: string;
}

export interface Timeline {
  /** events[0] is the thụ lý (dang_thi_hanh on the QĐTHA); dates never decrease. */
  events: TimelineEvent[];
  /** From this date the case has conditions and keeps them through 30/9/2021; null when it has none then. */
  conditionSince: string | null;
  /** Had conditions on 30/9/2020 already, so receipts may predate the year. */
  isConditionedBeforeYear: boolean;
  /** An earlier assessment "có điều kiện" that a later decision overtook: a ledger entry the statistics must skip. */
  staleConditionDate: string | null;
}

const NO_CONDITION_GROUNDS = [["a", 70], ["b", 5], ["c", 25]] as const; // Đ.44a: no assets; item gone; address unknown

function ev(status: CaseStatus, date: string, ground: string | null = null): TimelineEvent {
  return { status, ground, date };
}

/** A working day in [from, to], never after `to` (callers keep `to` ≤ 30/9/2021). */
function between(rng: Rng, from: string, to: string, weights?: MonthWeights): string {
  return sampleDate(rng, minDate(from, to), to, weights);
}

export function buildTimeline(rng: Rng, outcome: Outcome): Timeline {
  if (outcome === "ended_before") return endedBefore(rng);
  return rng.chance(CARRIED_OVER_SHARE[outcome]) ? carriedOver(rng, outcome) : acceptedInYear(rng, outcome);
}

function acceptedInYear(rng: Rng, outcome: Exclude<Outcome, "ended_before">): Timeline {
  const a = between(rng, YEAR_START, addDays(AS_OF, -10), ACCEPTANCE_MONTHS);
  const t = (events: TimelineEvent[], conditionSince: string | null, stale: string | null = null): Timeline =>
    ({ events: [ev("dang_thi_hanh", a), ...events], conditionSince, isConditionedBeforeYear: false, staleConditionDate: stale });
  switch (outcome) {
    case "xong": {
      if (rng.chance(0.1)) {
        // Postponed at the parties' request, then resumed and paid.
        const h = between(rng, addDays(a, 5), minDate(addDays(a, 60), AS_OF));
        const r = between(rng, addDays(h, 10), minDate(addDays(h, 75), AS_OF));
        return t([ev("hoan", h, "c"), ev("dang_thi_hanh", r), ev("thi_hanh_xong", between(rng, r, AS_OF, FINISH_MONTHS))], a);
      }
      return t([ev("thi_hanh_xong", between(rng, addDays(a, 5), AS_OF, FINISH_MONTHS))], a);
    }
    case "dinh_chi":
      return t([ev("dinh_chi", between(rng, addDays(a, 10), AS_OF, FINISH_MONTHS))], a);
    case "dang": {
      const x = between(rng, addDays(a, 20), minDate(addDays(a, 90), AS_OF));
      if (rng.chance(0.15) && x < addDays(AS_OF, -20)) {
        // Found without assets, then conditions appeared again (an inheritance, a job): có điều kiện from r only.
        const r = between(rng, addDays(x, 20), AS_OF);
        return t([ev("chua_co_dieu_kien", x, "a"), ev("dang_thi_hanh", r)], r);
      }
      return t([], a);
    }
    case "hoan_c":
      return t([ev("hoan", between(rng, addDays(a, 5), AS_OF), "c")], a);
    case "chua_co_dk": {
      const x = between(rng, addDays(a, 20), minDate(addDays(a, 120), AS_OF));
      // A quarter were first thought to have conditions, until the verification (xác minh) found none.
      return t([ev("chua_co_dieu_kien", x, rng.weighted(NO_CONDITION_GROUNDS))], null, rng.chance(0.25) ? a : null);
    }
    case "hoan_ab":
      return t([ev("hoan", between(rng, addDays(a, 5), minDate(addDays(a, 90), AS_OF)), rng.pick(["a", "b"]))], null);
    case "tam_dinh_chi":
      return t([ev("tam_dinh_chi", between(rng, addDays(a, 10), AS_OF))], null);
    case "uy_thac":
      return t([ev("uy_thac_di", between(rng, addDays(a, 10), minDate(addDays(a, 90), AS_OF)))], null);
  }
}

function carriedAcceptance(rng: Rng, scale: Scale): string {
  const years = scale === "large"
    ? ([[2013, 4], [2014, 5], [2015, 6], [2016, 7], [2017, 9], [2018, 11], [2019, 13], [2020, 10]] as const)
    : ([[2016, 2], [2017, 4], [2018, 7], [2019, 14], [2020, 16]] as const);
  const year = rng.weighted(years);
  // Stop early in September 2020 so that a decision can still follow before the year ends.
  return between(rng, `${year}-01-02`, minDate(`${year}-12-31`, "2020-09-10"));
}

function carriedOver(rng: Rng, outcome: Exclude<Outcome, "ended_before">): Timeline {
  const a = carriedAcceptance(rng, OUTCOME_SCALE[outcome]);
  const beforeYear = () => between(rng, addDays(a, 20), minDate(addDays(a, 240), PREVIOUS_YEAR_END));
  const inYear = (from: string = YEAR_START, weights?: MonthWeights) => between(rng, maxDate(from, YEAR_START), AS_OF, weights);
  const noCondition = () => ev("chua_co_dieu_kien", beforeYear(), rng.weighted(NO_CONDITION_GROUNDS));
  const t = (events: TimelineEvent[], conditionSince: string | null, isConditionedBeforeYear: boolean, stale: string | null = null): Timeline =>
    ({ events: [ev("dang_thi_hanh", a), ...events], conditionSince, isConditionedBeforeYear, staleConditionDate: stale });
  switch (outcome) {
    case "xong":
    case "dang": {
      const finish = (from: string) => (outcome === "xong" ? [ev("thi_hanh_xong", inYear(from, FINISH_MONTHS))] : []);
      if (rng.chance(0.4)) {
        // Without conditions on 30/9/2020, conditions verified again during the year (tiếp tục thi hành).
        const r = between(rng, YEAR_START, addDays(AS_OF, -20));
        return t([noCondition(), ev("dang_thi_hanh", r), ...finish(r)], r, false, rng.chance(0.3) ? a : null);
      }
      return t(finish(YEAR_START), a, true);
    }
    case "dinh_chi": {
      const f = inYear(YEAR_START, FINISH_MONTHS);
      // Đình chỉ can end a case that had no conditions (the creditor waives, the debtor dies without estate).
      if (rng.chance(0.4)) return t([noCondition(), ev("dinh_chi", f)], f, false);
      return t([ev("dinh_chi", f)], a, true);
    }
    case "hoan_c":
      return t([ev("hoan", rng.chance(0.5) ? beforeYear() : inYear(), "c")], a, true);
    case "chua_co_dk": {
      const first = noCondition();
      if (rng.chance(0.2)) {
        // Conditions for a while during the year, then none again: the money assessed then no longer counts.
        const r = between(rng, YEAR_START, addDays(AS_OF, -40));
        const x = between(rng, addDays(r, 20), AS_OF);
        return t([first, ev("dang_thi_hanh", r), ev("chua_co_dieu_kien", x, rng.weighted(NO_CONDITION_GROUNDS))], null, false, r);
      }
      return t([first], null, false, rng.chance(0.15) ? a : null);
    }
    case "hoan_ab":
      return t([ev("hoan", rng.chance(0.6) ? beforeYear() : inYear(), rng.pick(["a", "b"]))], null, false);
    case "tam_dinh_chi":
      return t([ev("tam_dinh_chi", between(rng, addDays(a, 20), AS_OF))], null, false);
    case "uy_thac":
      return t([...(rng.chance(0.3) ? [noCondition()] : []), ev("uy_thac_di", inYear())], null, false);
  }
}

function endedBefore(rng: Rng): Timeline {
  const a = between(rng, "2017-06-01", "2020-08-31");
  const end = between(rng, maxDate(addDays(a, 10), PREVIOUS_YEAR_START), PREVIOUS_YEAR_END, FINISH_MONTHS);
  const status = rng.weighted([["thi_hanh_xong", 70], ["dinh_chi", 10], ["uy_thac_di", 20]] as const);
  return {
    events: [ev("dang_thi_hanh", a), ev(status, end)],
    conditionSince: status === "uy_thac_di" ? null : a,
    isConditionedBeforeYear: status !== "uy_thac_di",
    staleConditionDate: null,
  };
}
