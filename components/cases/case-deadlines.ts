import type { LocalRecord } from "@/lib/client/db/field-database";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { localDateOf } from "@/lib/domain/dates";
import { type DueAction, nextDueActions } from "@/lib/domain/deadlines/case-deadlines";
import type { WorkingCalendar } from "@/lib/domain/deadlines/working-calendar";
import { validNotificationDate } from "@/lib/domain/deadlines/valid-notification-date";
import type { ServicePayload } from "@/lib/domain/records/service";

/** Today's date in Vietnam (the law counts days in local time). */
export function todayInVietnam(now: Date = new Date()): string {
  return localDateOf(now.toISOString());
}

/** The legal deadlines of one case from its decisions and the finalized records made on it on this device. */
export function dueActionsFor(detail: CaseDetail, records: readonly LocalRecord[], today: string, calendar?: WorkingCalendar): DueAction[] {
  const finals = records.filter((record) => record.state === "final" && record.caseId === detail.case.id);
  const notifications = finals.flatMap((record) => {
    if (record.type !== "thong_bao") return [];
    // A final record passed FieldRecordSchema when it was finalized (finalize-record.ts) and is frozen since, so it
    // is read as it is, without loading zod for the case list (issue #7); one that is not well-formed anyway (an
    // older app's) counts as no notification rather than breaking the list.
    try {
      const payload = record.payload as unknown as ServicePayload;
      return [{ documentType: payload.document.type, validOn: validNotificationDate(payload).date, attemptedOn: localDateOf(payload.attemptedAt) }];
    } catch {
      return [];
    }
  });
  const verifications = finals.flatMap((record) => {
    const startedAt = record.type === "xac_minh" ? record.payload.startedAt : undefined;
    return typeof startedAt === "string" ? [{ on: localDateOf(startedAt) }] : [];
  });
  const history = detail.case.statusHistory;
  const statusDate = history[history.length - 1]?.decisionDate ?? detail.case.decisionDate;
  return nextDueActions(
    { decisionDate: detail.case.decisionDate, status: detail.case.status, statusDate, notifications, verifications },
    today,
    calendar,
  );
}
