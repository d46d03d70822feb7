"use client";

import { useLiveQuery } from "dexie-react-hooks";
import { useCallback, useEffect, useState } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { casesPulledAt } from "@/lib/client/db/local-cases";

export type PullState = { kind: "idle" } | { kind: "pulling" } | { kind: "done"; count: number } | { kind: "offline" } | { kind: "signed_out" } | { kind: "failed" };

/** Refreshes the officer's cases from the server when the app opens online; the phone's copy is used meanwhile. */
export function useCasePull(userId: string) {
  const [state, setState] = useState<PullState>({ kind: "idle" });
  const lastPulledAt = useLiveQuery(() => casesPulledAt(fieldDatabase(), userId), [userId]);

  const pull = useCallback(async () => {
    if (!navigator.onLine) {
      setState({ kind: "offline" });
      return;
    }
    setState({ kind: "pulling" });
    // The pull and its schemas (zod) load after the list has painted from the phone (issue #7: first-load JS).
    const { pullAssignedCases } = await import("@/lib/client/sync/pull-cases");
    const result = await pullAssignedCases(fieldDatabase(), userId);
    if (result.ok) setState({ kind: "done", count: result.data.count });
    else if (result.error.kind === "network") setState({ kind: "offline" });
    else if (result.error.kind === "unauthenticated") setState({ kind: "signed_out" });
    else setState({ kind: "failed" });
  }, [userId]);

  useEffect(() => {
    // After the first render, so the phone's copy shows at once while the server is asked.
    void Promise.resolve().then(pull);
  }, [pull]);

  return { state, lastPulledAt, pull };
}
