"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { ApiError } from "@/lib/client/api-client";
import { getResults } from "@/lib/client/results-api";
import type { ResultsResponse } from "@/lib/domain/api/results";
import { routes } from "@/lib/routes";

type Loaded = { key: string; data: ResultsResponse | null; error: ApiError | null };

export interface ResultsState {
  /** The last answer, kept on screen (dimmed) while the next one loads, so a change of date does not blank the page. */
  data: ResultsResponse | null;
  error: ApiError | null;
  isLoading: boolean;
  reload(): void;
}

/** The caller's results tree for a report year as of a date; a signed-out session goes to the login page. */
export function useResults(year: number, asOf: string): ResultsState {
  const router = useRouter();
  const [reloadToken, setReloadToken] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${year}/${asOf}#${reloadToken}`;

  useEffect(() => {
    const controller = new AbortController();
    void getResults({ year, asOf }, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") router.replace(routes.login);
      setLoaded(result.ok ? { key, data: result.data, error: null } : { key, data: null, error: result.error });
    });
    return () => controller.abort();
  }, [year, asOf, key, router]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const isCurrent = loaded?.key === key;
  return { data: loaded?.data ?? null, error: isCurrent ? (loaded?.error ?? null) : null, isLoading: !isCurrent, reload };
}
