"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postDecision } from "@/lib/client/review-api";
import { routes } from "@/lib/routes";
import { approveEach, type BulkOutcome } from "./bulk-approve";

export interface BulkRun {
  progress: { done: number; total: number } | null; // null when nothing is running
  summary: (BulkOutcome & { labels: ReadonlyMap<string, string> }) | null;
  run(ids: readonly string[], labels: ReadonlyMap<string, string>): Promise<void>;
  dismiss(): void;
}

/** Approves the selected records one by one; the summary stays on screen after the list reloads. */
export function useBulkApprove(onFinished: () => void): BulkRun {
  const router = useRouter();
  const [progress, setProgress] = useState<BulkRun["progress"]>(null);
  const [summary, setSummary] = useState<BulkRun["summary"]>(null);

  async function run(ids: readonly string[], labels: ReadonlyMap<string, string>) {
    setSummary(null);
    setProgress({ done: 0, total: ids.length });
    const outcome = await approveEach(ids, (id) => postDecision(id, { decision: "approve" }), (done, total) => setProgress({ done, total }));
    setProgress(null);
    setSummary({ ...outcome, labels });
    if (outcome.isStoppedBySignOut) router.replace(routes.login);
    else onFinished();
  }

  return { progress, summary, run, dismiss: () => setSummary(null) };
}
