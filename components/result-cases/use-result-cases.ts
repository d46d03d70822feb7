"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { ApiError } from "@/lib/client/api-client";
import { getResultCases } from "@/lib/client/result-cases-api";
import type { ResultCasesResponse } from "@/lib/domain/api/result-cases";
import { routes } from "@/lib/routes";

type Loaded = { key: string; data: ResultCasesResponse | null; error: ApiError | null };

export interface ResultCasesState {
  /** The last answer, kept on screen (dimmed) while another page loads. */
  data: ResultCasesResponse | null;
  error: ApiError | null;
  isLoading: boolean;
  reload(): void;
}

/** One page of the cases behind a number, for the API query string `search`; signed out → the login page. */
export function useResultCases(search: string): ResultCasesState {
  const router = useRouter();
  const [reloadToken, setReloadToken] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${search}#${reloadToken}`;

  useEffect(() => {
    const controller = new AbortController();
    void getResultCases(new URLSearchParams(search), controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") router.replace(routes.login);
      setLoaded(result.ok ? { key, data: result.data, error: null } : { key, data: null, error: result.error });
    });
    return () => controller.abort();
  }, [search, key, router]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const isCurrent = loaded?.key === key;
  return { data: loaded?.data ?? null, error: isCurrent ? (loaded?.error ?? null) : null, isLoading: !isCurrent, reload };
}
