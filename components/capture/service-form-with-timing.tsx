"use client";

import { useMemo } from "react";
import { validNotificationDate } from "@/lib/domain/deadlines/valid-notification-date";
import { ServiceForm } from "./forms/service-form";
import type { RecordFormProps } from "./record-form-contract";
import { serviceTimingOf } from "./service-timing";

/** The service form with its valid notification date, recomputed as the officer fills in the channel and dates. */
export default function ServiceFormWithTiming(props: RecordFormProps) {
  const timing = useMemo(() => serviceTimingOf(props.draft), [props.draft]);
  const validNotification = useMemo(() => (timing ? validNotificationDate(timing) : null), [timing]);
  return <ServiceForm {...props} validNotification={validNotification} />;
}
