import type { LocalRecord } from "@/lib/client/db/field-database";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { localDateOf } from "@/lib/domain/dates";
import { type DueAction, nextDueActions } from "@/lib/domain/deadlines/case-deadlines";
import type { WorkingCalendar } from "@/lib/domain/deadlines/working-calendar";
import { validNotificationDate } from "@/lib/domain/deadlines/valid-notification-date";
import { ServicePayloadSchema } from "@/lib/domain/records/service";

/** Today's date in Vietnam (the law counts days in local time). */
export function todayInVietnam(now: Date = new Date()): string {
  return localDateOf(now.toISOString());
}

/** The legal deadlines of one case from its decisions and the finalized records made on it on this device. */
export function dueActionsFor(detail: CaseDetail, records: readonly LocalRecord[], today: string, calendar?: WorkingCalendar): DueAction[] {
  const finals = records.filter((record) => record.state === "final" && record.caseId === detail.case.id);
  const notifications = finals.flatMap((record) => {
    if (record.type !== "thong_bao") return [];
    const payload = ServicePayloadSchema.safeParse(record.payload);
    if (!payload.success) return [];
    return [
      {
        documentType: payload.data.document.type,
        validOn: validNotificationDate(payload.data).date,
        attemptedOn: localDateOf(payload.data.attemptedAt),
      },
    ];
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
