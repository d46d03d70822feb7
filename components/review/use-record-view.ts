"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { ApiError } from "@/lib/client/api-client";
import { getRecordView } from "@/lib/client/review-api";
import type { ReviewRecordView } from "@/lib/domain/api/review";
import { routes } from "@/lib/routes";

type Loaded = { key: string; view: ReviewRecordView | null; error: ApiError | null };

export interface RecordViewState {
  /** The last view, kept on screen while it reloads after a decision. */
  view: ReviewRecordView | null;
  error: ApiError | null;
  isLoading: boolean;
  reload(): void;
}

/** One record as the reviewer sees it (each load is audited by the server as a view). */
export function useRecordView(recordId: string): RecordViewState {
  const router = useRouter();
  const [reloadToken, setReloadToken] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${recordId}#${reloadToken}`;

  useEffect(() => {
    if (!recordId) return;
    const controller = new AbortController();
    void getRecordView(recordId, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") router.replace(routes.login);
      setLoaded((previous) => {
        if (result.ok) return { key, view: result.data, error: null };
        return { key, view: previous?.key.startsWith(`${recordId}#`) ? previous.view : null, error: result.error };
      });
    });
    return () => controller.abort();
  }, [recordId, key, router]);

  const reload = useCallback(() => setReloadToken((n) => n + 1), []);
  const isCurrent = loaded?.key === key;
  const isSameRecord = loaded?.key.startsWith(`${recordId}#`) ?? false;
  return {
    view: isSameRecord ? (loaded?.view ?? null) : null,
    error: isCurrent ? (loaded?.error ?? null) : null,
    isLoading: recordId !== "" && !isCurrent,
    reload,
  };
}
