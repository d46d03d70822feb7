import { expect, test } from "vitest";
import type { CaseStatus } from "../case-status";
import { type CaseDeadlineInput, type CaseNotification, nearestDeadline, nextDueActions } from "./case-deadlines";
import { buildWorkingCalendar } from "./working-calendar-schemas";

function caseOf(overrides: Partial<CaseDeadlineInput> = {}): CaseDeadlineInput {
  return { decisionDate: "2026-07-10", status: "dang_thi_hanh", statusDate: "2026-07-10", notifications: [], verifications: [], ...overrides };
}

function decisionServed(validOn: string | null, attemptedOn: string = validOn ?? "2026-07-13"): CaseNotification {
  return { documentType: "quyet_dinh_thi_hanh_an", validOn, attemptedOn };
}

test("a fresh case: notify the decision within 3 working days (Thu 9/7/2026 → Tue 14/7)", () => {
  const actions = nextDueActions(caseOf({ decisionDate: "2026-07-09", statusDate: "2026-07-09" }), "2026-07-10");
  expect(actions).toEqual([
    {
      action: "notify",
      dueOn: "2026-07-14",
      isOverdue: false,
      daysLeft: 4,
      labelVi: "Thông báo quyết định thi hành án",
      basis: "Trong 3 ngày làm việc kể từ ngày ra quyết định 09/07/2026 (Luật THADS 106/2025 Đ.35 [?])",
    },
  ]);
});

test("a notified case: the voluntary period ends V + 10, verification 10 days later, rolled past a Sunday", () => {
  // Valid on Mon 13/7/2026 → voluntary period ends Thu 23/7 → verify by Sun 2/8, rolled to Mon 3/8.
  const input = caseOf({ notifications: [{ documentType: "thong_bao", validOn: "2026-07-11", attemptedOn: "2026-07-11" }, decisionServed("2026-07-13")] });
  const actions = nextDueActions(input, "2026-07-15");
  expect(actions.map((a) => [a.action, a.dueOn, a.daysLeft, a.isOverdue])).toEqual([
    ["voluntary_period_ends", "2026-07-23", 8, false],
    ["verify", "2026-08-03", 19, false],
  ]);
  expect(actions[1]?.basis).toBe("Trong 10 ngày kể từ ngày hết thời hạn tự nguyện 23/07/2026 (Luật THADS 106/2025 Đ.38 [?])");
  // Once the voluntary period is over only the officer's verification remains.
  expect(nextDueActions(input, "2026-07-24").map((a) => a.action)).toEqual(["verify"]);
});

test("the first valid notification starts the period; failed attempts and later service do not move it", () => {
  const input = caseOf({ notifications: [decisionServed(null, "2026-07-11"), decisionServed("2026-07-20"), decisionServed("2026-07-13")] });
  expect(nextDueActions(input, "2026-07-15")[0]?.dueOn).toBe("2026-07-23");
});

test("a verified case has nothing due; a verification before the notification does not count", () => {
  expect(nextDueActions(caseOf({ notifications: [decisionServed("2026-07-13")], verifications: [{ on: "2026-07-27" }] }), "2026-07-28")).toEqual([]);
  const early = caseOf({ notifications: [decisionServed("2026-07-13")], verifications: [{ on: "2026-07-12" }] });
  expect(nextDueActions(early, "2026-07-28").map((a) => a.action)).toEqual(["verify"]);
});

test("each period follows the regime of the day it counts from", () => {
  // Valid on 25/6/2026 (old law Đ.45): ends Sun 5/7 → Mon 6/7; verification counted under the new regime → Thu 16/7.
  const actions = nextDueActions(caseOf({ decisionDate: "2026-06-22", notifications: [decisionServed("2026-06-25")] }), "2026-06-26");
  expect(actions.map((a) => a.dueOn)).toEqual(["2026-07-06", "2026-07-16"]);
  expect(actions[0]?.basis).toContain("Đ.45 k.1");
  expect(actions[1]?.basis).toContain("106/2025");
});

test("a chưa có điều kiện case is re-verified 6 months after the later of the decision and the last verification", () => {
  const input = caseOf({ status: "chua_co_dieu_kien", statusDate: "2026-01-15", verifications: [{ on: "2025-12-20" }, { on: "2026-03-10" }] });
  expect(nextDueActions(input, "2026-09-10")).toEqual([
    {
      action: "reverify",
      dueOn: "2026-09-10",
      isOverdue: false,
      daysLeft: 0,
      labelVi: "Xác minh lại điều kiện thi hành án",
      basis: "Ít nhất 6 tháng một lần kể từ ngày 10/03/2026 (Luật THADS 2008 (sửa đổi 2014) Đ.44 k.2)",
    },
  ]);
  expect(nextDueActions(input, "2026-09-11")[0]).toMatchObject({ isOverdue: true, daysLeft: -1 });
});

test("re-verification every 6 months clamps to the month's end; yearly for prisoners and unknown addresses", () => {
  const input = caseOf({ status: "chua_co_dieu_kien", statusDate: "2026-08-31" });
  expect(nextDueActions(input, "2026-09-01")[0]?.dueOn).toBe("2027-03-01"); // 28/2/2027 is a Sunday
  expect(nextDueActions({ ...input, hasYearlyReverification: true }, "2026-09-01")[0]?.dueOn).toBe("2027-08-31");
});

test("an overdue case: the decision of Mon 8/2/2021 had to be served by Thu 18/2 (Tết 10–16/2 off)", () => {
  const input = caseOf({ decisionDate: "2021-02-08", statusDate: "2021-02-08", notifications: [decisionServed(null, "2021-02-09")] });
  const [notify] = nextDueActions(input, "2021-02-22");
  expect(notify).toMatchObject({ action: "notify", dueOn: "2021-02-18", isOverdue: true, daysLeft: -4 });
  expect(notify?.labelVi).toBe("Thông báo lại hoặc niêm yết quyết định thi hành án");
  expect(notify?.basis).toContain("lần thông báo ngày 09/02/2021 không thành");
});

test("an overdue verification under the old law, across the make-up Saturday 26/4/2025", () => {
  // Valid on 16/4/2025 → 10 days end on Sat 26/4, a working day → verify by Tue 6/5.
  const actions = nextDueActions(caseOf({ decisionDate: "2025-04-14", notifications: [decisionServed("2025-04-16")] }), "2025-05-12");
  expect(actions).toEqual([expect.objectContaining({ action: "verify", dueOn: "2025-05-06", isOverdue: true, daysLeft: -6 })]);
  expect(actions[0]?.basis).toContain("26/04/2025");
});

test("closed cases have nothing due", () => {
  const closed: CaseStatus[] = ["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"];
  for (const status of closed) expect(nextDueActions(caseOf({ status }), "2026-07-20"), status).toEqual([]);
});

test("hoãn and tạm đình chỉ stop the enforcement periods but not the duty to serve the decision", () => {
  expect(nextDueActions(caseOf({ status: "hoan" }), "2026-07-13").map((a) => a.action)).toEqual(["notify"]);
  expect(nextDueActions(caseOf({ status: "tam_dinh_chi", notifications: [decisionServed("2026-07-13")] }), "2026-07-15")).toEqual([]);
});

test("a calendar can be passed in", () => {
  const noHolidays = buildWorkingCalendar([{ year: 2021, source: "thử nghiệm", restDays: [], workingSaturdays: [] }]);
  const input = caseOf({ decisionDate: "2021-02-08", statusDate: "2021-02-08" });
  expect(nextDueActions(input, "2021-02-08", noHolidays)[0]?.dueOn).toBe("2021-02-11");
});

test("the nearest deadline is the officer's earliest action, not the end of the voluntary period", () => {
  const actions = nextDueActions(caseOf({ notifications: [decisionServed("2026-07-13")] }), "2026-07-15");
  expect(nearestDeadline(actions)).toMatchObject({ action: "verify", dueOn: "2026-08-03" });
  expect(nearestDeadline([])).toBeNull();
  const overdue = nextDueActions(caseOf({ decisionDate: "2021-02-08" }), "2021-02-22");
  expect(nearestDeadline([...actions, ...overdue])?.dueOn).toBe("2021-02-18");
});
