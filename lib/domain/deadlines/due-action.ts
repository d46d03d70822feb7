import type { IsoDate } from "../dates";
import { daysBetween } from "./working-days";

// One dated thing a Chấp hành viên must do (or watch) on a case, as the work list shows it.
export type DueActionKind = "notify" | "voluntary_period_ends" | "verify" | "reverify";

export interface DueAction {
  action: DueActionKind;
  /** The last day of the period: the action is on time when done on or before it. */
  dueOn: IsoDate;
  isOverdue: boolean;
  /** Calendar days from today to `dueOn`; negative when overdue, 0 on the last day. */
  daysLeft: number;
  labelVi: string;
  /** The rule, in Vietnamese, with its article and the dates it counts from. */
  basis: string;
}

export const DUE_ACTION_LABELS_VI: Record<DueActionKind, string> = {
  notify: "Thông báo quyết định thi hành án",
  voluntary_period_ends: "Hết thời hạn tự nguyện thi hành án",
  verify: "Xác minh điều kiện thi hành án",
  reverify: "Xác minh lại điều kiện thi hành án",
};

// Steps of the procedure in order, to break ties between actions due the same day.
const ACTION_ORDER: readonly DueActionKind[] = ["notify", "voluntary_period_ends", "verify", "reverify"];

export function buildDueAction(
  action: DueActionKind,
  dueOn: IsoDate,
  today: IsoDate,
  basis: string,
  labelVi: string = DUE_ACTION_LABELS_VI[action],
): DueAction {
  const daysLeft = daysBetween(today, dueOn);
  return { action, dueOn, isOverdue: daysLeft < 0, daysLeft, labelVi, basis };
}

/** Earliest due first; the same day in procedural order. Returns a new array. */
export function sortDueActions(actions: readonly DueAction[]): DueAction[] {
  return [...actions].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || ACTION_ORDER.indexOf(a.action) - ACTION_ORDER.indexOf(b.action),
  );
}
