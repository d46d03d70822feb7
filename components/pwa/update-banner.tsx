"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { flushOpenForms, openFormCount, subscribeToOpenForms } from "@/lib/client/pwa/open-forms";
import { isOutboxBusy, takeOverWithNewVersion, watchForUpdates } from "@/lib/client/pwa/service-worker-update";
import { decideUpdate, type UpdateState } from "@/lib/client/pwa/update-policy";

const BUSY_POLL_MS = 2_000; // a push has no "finished" event; the sync lock is polled while an update waits

type Phase = "waiting" | "applying" | "failed";

/**
 * « Có phiên bản mới »: a new version is ready. It takes over by itself when no form is open and nothing is
 * being sent; « Cập nhật ngay » saves the open drafts and takes over at once. Renders nothing otherwise.
 */
export function UpdateBanner() {
  const [update, setUpdate] = useState<UpdateState>("none");
  const [isBusy, setIsBusy] = useState(false);
  const [phase, setPhase] = useState<Phase>("waiting");
  const isApplying = useRef(false);
  const openForms = useSyncExternalStore(subscribeToOpenForms, openFormCount, () => 0);

  // A new state (another version, or one another tab activated) deserves a fresh attempt after a failed one.
  useEffect(
    () =>
      watchForUpdates((state) => {
        setUpdate(state);
        setPhase("waiting");
      }),
    [],
  );

  useEffect(() => {
    if (update === "none") return;
    const poll = () => void isOutboxBusy().then(setIsBusy, () => setIsBusy(false));
    poll();
    const timer = window.setInterval(poll, BUSY_POLL_MS);
    return () => window.clearInterval(timer);
  }, [update]);

  const apply = useCallback(
    async (isRequestedByUser: boolean) => {
      const decision = decideUpdate({ update, openForms: openFormCount(), isOutboxBusy: await isOutboxBusy(), isRequestedByUser });
      if (decision.kind !== "apply" || isApplying.current) return;
      isApplying.current = true;
      setPhase("applying");
      try {
        // A draft is saved as it is typed; this writes the last keystrokes still in flight.
        if (decision.flushFormsFirst) await flushOpenForms();
        const result = await takeOverWithNewVersion(update, { waitForOutbox: decision.waitForOutbox });
        if (result === "reloading") return;
        setPhase(result === "failed" ? "failed" : "waiting");
      } catch {
        setPhase("failed"); // a draft could not be saved (full disk): better the old version than a lost draft
      }
      isApplying.current = false;
    },
    [update],
  );

  const automatic = decideUpdate({ update, openForms, isOutboxBusy: isBusy, isRequestedByUser: false });
  useEffect(() => {
    if (automatic.kind !== "apply" || phase !== "waiting") return;
    // On the next task: a form closing as another opens (one record page to the next) is not a gap to reload in.
    const timer = window.setTimeout(() => void apply(false), 0);
    return () => window.clearTimeout(timer);
  }, [automatic.kind, phase, apply]);

  if (update === "none") return null;
  const reason =
    automatic.kind === "offer" && automatic.blockedBy.includes("form")
      ? "Ứng dụng sẽ tự cập nhật khi bạn đóng biên bản đang lập."
      : automatic.kind === "offer"
        ? "Ứng dụng sẽ tự cập nhật khi gửi xong biên bản."
        : "";
  return (
    <div role="status" data-testid="update-banner" data-print-hide className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2">
        <p>
          <strong>Có phiên bản mới.</strong>{" "}
          {phase === "applying" ? "Đang cập nhật…" : phase === "failed" ? "Chưa cập nhật được (bản nháp chưa lưu được hoặc phiên bản mới chưa sẵn sàng). Thử lại sau." : reason}
        </p>
        {phase !== "applying" ? (
          <button
            type="button"
            onClick={() => void apply(true)}
            className="min-h-11 rounded-md bg-amber-800 px-3 font-medium text-white hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            Cập nhật ngay
          </button>
        ) : null}
      </div>
    </div>
  );
}
