import { addDays } from "../dates";
import { VN_WORKING_CALENDAR } from "../deadlines/holiday-calendar";
import type { WorkingCalendar } from "../deadlines/working-calendar";
import { addWorkingDays } from "../deadlines/working-days";

// How long a head has to decide on a received biên bản. No text sets it [?]: the office's own rules (quy chế
// làm việc) do, so it is configuration: REVIEW_DUE_WORKING_DAYS in lib/env.ts (default 3 working days after
// receipt), passed in by the server.

/** The working day by which a record received on `receivedOn` (Vietnam date) should be decided. */
export function reviewDueDate(receivedOn: string, workingDays: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  return addWorkingDays(receivedOn, workingDays, calendar);
}

/** A record still waiting is overdue once its due date is behind `today`. */
export function isReviewOverdue(receivedOn: string, today: string, workingDays: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): boolean {
  return reviewDueDate(receivedOn, workingDays, calendar) < today;
}

/**
 * The last receipt date that is overdue `today` (records received on or before it and still waiting are late),
 * so the queue can filter in SQL. Due dates never decrease as the receipt date grows, so walking back from
 * today finds it; Tết stretches a due date by at most a couple of weeks, hence the bound.
 */
export function lastOverdueReceiptDate(today: string, workingDays: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  let date = addDays(today, -1);
  for (let step = 0; step < 120 && !isReviewOverdue(date, today, workingDays, calendar); step += 1) date = addDays(date, -1);
  return date;
}
