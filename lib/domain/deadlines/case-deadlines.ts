import type { CaseStatus } from "../case-status";
import { formatDateVi, type IsoDate } from "../dates";
import type { ServedDocumentTypeSchema } from "../records/service-blocks";
import type { z } from "../z";
import { buildDueAction, type DueAction, sortDueActions } from "./due-action";
import { VN_WORKING_CALENDAR } from "./holiday-calendar";
import { DEFAULT_REGIME_TABLE, periodsFor, type RegimeTable } from "./legal-periods";
import type { WorkingCalendar } from "./working-calendar";
import { addCalendarDaysRolled, addMonthsRolled, addWorkingDays } from "./working-days";

// The next legal deadlines of one case (domain §1.1–1.3, §9), from the enforcement decision, its status and
// the finalized field records. Each period follows the regime in force on the day it counts from.

// The output type is part of this module's contract (screens import it from here with `nextDueActions`).
export type { DueAction, DueActionKind } from "./due-action";

export interface CaseNotification {
  documentType: z.infer<typeof ServedDocumentTypeSchema>;
  /** From `validNotificationDate`; null when the attempt failed. */
  validOn: IsoDate | null;
  attemptedOn: IsoDate;
}

export interface CaseDeadlineInput {
  decisionDate: IsoDate;
  status: CaseStatus;
  /** Date of the latest status decision. */
  statusDate: IsoDate;
  /** Finalized service records of this case addressed to the judgment debtor (người phải thi hành án). */
  notifications: readonly CaseNotification[];
  /** Finalized verification records of this case. */
  verifications: readonly { on: IsoDate }[];
  /** Đ.44 k.2: the debtor is in prison with ≥ 2 years left, or the new address is unknown → yearly re-verification. */
  hasYearlyReverification?: boolean;
}

interface Context {
  today: IsoDate;
  calendar: WorkingCalendar;
  regimes: RegimeTable;
}

// Nothing is left to do on the case: finished, terminated, sent to another office, moved out of the case-load
// (NĐ 62 Đ.9 k.5–6; NĐ 152/2026 Đ.22) or the request returned (NĐ 152/2026 Đ.32 k.1 điểm d).
const CLOSED: readonly CaseStatus[] = ["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"];
// Hoãn (Đ.48) and tạm đình chỉ (Đ.49) stop enforcement, so its periods do not run; the decision itself must
// still be notified [?].
const PAUSED: readonly CaseStatus[] = ["hoan", "tam_dinh_chi"];

function notifyAction(input: CaseDeadlineInput, ctx: Context): DueAction {
  const periods = periodsFor(input.decisionDate, ctx.regimes);
  const dueOn = addWorkingDays(input.decisionDate, periods.notifyWorkingDays, ctx.calendar);
  const basis = `Trong ${periods.notifyWorkingDays} ngày làm việc kể từ ngày ra quyết định ${formatDateVi(input.decisionDate)} (${periods.articles.notify})`;
  const lastAttempt = input.notifications
    .filter((n) => n.documentType === "quyet_dinh_thi_hanh_an")
    .reduce<string | null>((latest, n) => (latest === null || n.attemptedOn > latest ? n.attemptedOn : latest), null);
  if (lastAttempt === null) return buildDueAction("notify", dueOn, ctx.today, basis);
  // A failed attempt leaves the decision unserved: go again at a known address, or post it publicly.
  const label = "Thông báo lại hoặc niêm yết quyết định thi hành án";
  return buildDueAction("notify", dueOn, ctx.today, `${basis}; lần thông báo ngày ${formatDateVi(lastAttempt)} không thành`, label);
}

function enforcementActions(input: CaseDeadlineInput, ctx: Context): DueAction[] {
  // The first valid notification starts the voluntary period; serving the decision again does not restart it.
  const validOn = input.notifications
    .filter((n) => n.documentType === "quyet_dinh_thi_hanh_an")
    .flatMap((n) => (n.validOn === null ? [] : [n.validOn]))
    .sort()[0];
  if (validOn === undefined) return [notifyAction(input, ctx)];
  if (PAUSED.includes(input.status)) return [];
  if (input.verifications.some((v) => v.on >= validOn)) return [];

  const voluntary = periodsFor(validOn, ctx.regimes);
  const voluntaryEnd = addCalendarDaysRolled(validOn, voluntary.voluntaryComplianceDays, ctx.calendar);
  const verify = periodsFor(voluntaryEnd, ctx.regimes);
  const verifyDue = addCalendarDaysRolled(voluntaryEnd, verify.verifyAfterVoluntaryDays, ctx.calendar);
  const actions = [
    buildDueAction("verify", verifyDue, ctx.today, `Trong ${verify.verifyAfterVoluntaryDays} ngày kể từ ngày hết thời hạn tự nguyện ${formatDateVi(voluntaryEnd)} (${verify.articles.verify})`),
  ];
  // The voluntary period is the debtor's deadline, not the officer's: shown while it runs, never "overdue".
  if (ctx.today <= voluntaryEnd) {
    const basis = `${voluntary.voluntaryComplianceDays} ngày kể từ ngày thông báo hợp lệ ${formatDateVi(validOn)} (${voluntary.articles.voluntary})`;
    actions.push(buildDueAction("voluntary_period_ends", voluntaryEnd, ctx.today, basis));
  }
  return actions;
}

function reverifyAction(input: CaseDeadlineInput, ctx: Context): DueAction {
  // Đ.44 k.2: at least every 6 months (yearly for the cases it names), counted from the decision or the latest
  // verification. After two fruitless verifications the law asks for new verification only on new information,
  // but reminding is harmless ("ít nhất") and the case soon moves to the separate book (NĐ 62 Đ.9 k.5), a
  // closed status that ends the reminders, so the count of verifications is not modelled here.
  const from = input.verifications.reduce((latest, v) => (v.on > latest ? v.on : latest), input.statusDate);
  const periods = periodsFor(from, ctx.regimes);
  const months = input.hasYearlyReverification ? periods.reverifyNoConditionYearlyMonths : periods.reverifyNoConditionMonths;
  const dueOn = addMonthsRolled(from, months, ctx.calendar);
  return buildDueAction("reverify", dueOn, ctx.today, `Ít nhất ${months} tháng một lần kể từ ngày ${formatDateVi(from)} (${periods.articles.reverify})`);
}

/** The case's pending deadlines, earliest first. `today` is the date in Vietnam (see `localDateOf`). */
export function nextDueActions(
  input: CaseDeadlineInput,
  today: IsoDate,
  calendar: WorkingCalendar = VN_WORKING_CALENDAR,
  regimes: RegimeTable = DEFAULT_REGIME_TABLE,
): DueAction[] {
  if (CLOSED.includes(input.status)) return [];
  const ctx: Context = { today, calendar, regimes };
  if (input.status === "chua_co_dieu_kien") return [reverifyAction(input, ctx)];
  return sortDueActions(enforcementActions(input, ctx));
}

/**
 * The officer's most urgent deadline, to sort a case list by (null when there is none). The end of the
 * voluntary period is left out: it is the debtor's deadline, and the verification due after it is the
 * officer's.
 */
export function nearestDeadline(actions: readonly DueAction[]): DueAction | null {
  return sortDueActions(actions.filter((a) => a.action !== "voluntary_period_ends"))[0] ?? null;
}
