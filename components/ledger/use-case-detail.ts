"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { getJson, type ApiError } from "@/lib/client/api-client";
import { CaseDetailSchema, type CaseDetail } from "@/lib/domain/api/cases";
import { routes } from "@/lib/routes";

/** One case from the server (GET /api/cases/{id}), reloadable after the head records something on it. */
export function useCaseDetail(caseId: string): { detail: CaseDetail | null; error: ApiError | null; isLoading: boolean; reload(): void } {
  const router = useRouter();
  const [token, setToken] = useState(0);
  const [state, setState] = useState<{ detail: CaseDetail | null; error: ApiError | null; loadedToken: number | null }>({ detail: null, error: null, loadedToken: null });
  useEffect(() => {
    if (!caseId) return;
    const controller = new AbortController();
    void getJson(`/api/cases/${encodeURIComponent(caseId)}`, CaseDetailSchema, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok && result.error.kind === "unauthenticated") router.replace(routes.login);
      setState((previous) => (result.ok ? { detail: result.data, error: null, loadedToken: token } : { detail: previous.detail, error: result.error, loadedToken: token }));
    });
    return () => controller.abort();
  }, [caseId, token, router]);
  const reload = useCallback(() => setToken((value) => value + 1), []);
  return { detail: state.detail, error: state.error, isLoading: state.loadedToken !== token, reload };
}
