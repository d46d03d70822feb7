"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { ApiError } from "@/lib/client/api-client";
import { getQueue } from "@/lib/client/review-api";
import type { ReviewQueueResponse } from "@/lib/domain/api/review";
import { routes } from "@/lib/routes";

type Loaded = { key: string; data: ReviewQueueResponse | null; error: ApiError | null };

export interface QueueState {
  /** The last answer, kept on screen while the next one loads so that a summary or a scroll is not lost. */
  data: ReviewQueueResponse | null;
  error: ApiError | null;
  isLoading: boolean;
  /** The key of the answer on screen: it changes whenever the list may have changed (selections reset). */
  dataKey: string;
  reload(): void;
}

/** The review queue for an API query string (null: the filters are invalid, nothing is asked). */
export function useReviewQueue(apiQuery: string | null): QueueState {
  const router = useRouter();
  const [reloadToken, setReloadToken] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${apiQuery ?? ""}#${reloadToken}`;

  useEffect(() => {
    if (apiQuery === null) return;
    const controller = new AbortController();
    void getQueue(new URLSearchParams(apiQuery), controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") router.replace(routes.login);
      setLoaded(result.ok ? { key, data: result.data, error: null } : { key, data: null, error: result.error });
    });
    return () => controller.abort();
  }, [apiQuery, key, router]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const isCurrent = loaded?.key === key;
  return {
    data: loaded?.data ?? null,
    error: isCurrent ? (loaded?.error ?? null) : null,
    isLoading: apiQuery !== null && !isCurrent,
    dataKey: loaded?.key ?? "",
    reload,
  };
}
