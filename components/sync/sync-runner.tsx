"use client";

import { useEffect } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { startSyncScheduler } from "@/lib/client/sync/sync-scheduler";

/** Keeps the officer's outbox flowing while the app is open (renders nothing). */
export function SyncRunner({ userId }: { userId: string }) {
  useEffect(() => startSyncScheduler(fieldDatabase(), userId), [userId]);
  return null;
}
