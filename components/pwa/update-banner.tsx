"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { isNetworkBusy, watchFetches } from "@/lib/client/pwa/network-quiet";
import { countOpenFormsInOtherTabs, flushOpenForms, openFormCount, subscribeToOpenForms } from "@/lib/client/pwa/open-forms";
import { isOutboxBusy, takeOverWithNewVersion, watchForUpdates } from "@/lib/client/pwa/service-worker-update";
import { decideUpdate, type UpdateState } from "@/lib/client/pwa/update-policy";

// A push, another tab's form and the page's fetches have no "finished" event here: polled while an update waits.
const POLL_MS = 2_000;

interface OtherActivity {
  isOutboxBusy: boolean;
  formsInOtherTabs: number;
  isNetworkBusy: boolean;
}
const NO_ACTIVITY: OtherActivity = { isOutboxBusy: false, formsInOtherTabs: 0, isNetworkBusy: false };

async function readOtherActivity(): Promise<OtherActivity> {
  const [busy, forms] = await Promise.all([isOutboxBusy(), countOpenFormsInOtherTabs()]);
  return { isOutboxBusy: busy, formsInOtherTabs: forms, isNetworkBusy: isNetworkBusy() };
}

type Phase = "waiting" | "applying" | "failed";

/**
 * « Có phiên bản mới »: a new version is ready. It takes over by itself when no form is open and nothing is
 * being sent; « Cập nhật ngay » saves the open drafts and takes over at once. Renders nothing otherwise.
 */
export function UpdateBanner() {
  const [update, setUpdate] = useState<UpdateState>("none");
  const [activity, setActivity] = useState<OtherActivity>(NO_ACTIVITY);
  const [phase, setPhase] = useState<Phase>("waiting");
  const phaseRef = useRef<Phase>("waiting");
  const openForms = useSyncExternalStore(subscribeToOpenForms, openFormCount, () => 0);

  const changePhase = useCallback((next: Phase) => {
    phaseRef.current = next;
    setPhase(next);
  }, []);

  // A new state (another version, or one another tab activated) deserves a fresh attempt after a failed one.
  useEffect(
    () =>
      watchForUpdates((state) => {
        setUpdate(state);
        changePhase("waiting");
      }),
    [changePhase],
  );

  /** Applies the update if the policy allows it now (re-checked here: the facts change under our feet). */
  const apply = useCallback(
    async (isRequestedByUser: boolean) => {
      const isApplying = () => phaseRef.current === "applying";
      if (isApplying()) return;
      const now = await readOtherActivity();
      const decision = decideUpdate({ update, openForms: openFormCount() + now.formsInOtherTabs, isOutboxBusy: now.isOutboxBusy, isNetworkBusy: now.isNetworkBusy, isRequestedByUser });
      if (decision.kind !== "apply" || isApplying()) return;
      changePhase("applying");
      try {
        // A draft is saved as it is typed; this writes the last keystrokes still in flight (in this tab: another
        // tab's editor reloads only once it is closed, as the new version is then "activated elsewhere" for it).
        if (decision.flushFormsFirst) await flushOpenForms();
        const canReloadNow = async () => isRequestedByUser || openFormCount() + (await countOpenFormsInOtherTabs()) === 0;
        const result = await takeOverWithNewVersion(update, { waitForOutbox: decision.waitForOutbox, canReloadNow });
        if (result === "reloading") return;
        if (result === "activated") setUpdate("activated-elsewhere");
        changePhase(result === "failed" ? "failed" : "waiting");
      } catch {
        changePhase("failed"); // a draft could not be saved (full disk): better the old version than a lost draft
      }
    },
    [update, changePhase],
  );

  // While a version waits: watch the locks and the fetches (for the message) and try again, as a push, another
  // tab's form or a burst of fetches ends without telling this page. A closed form is noticed within one poll.
  useEffect(() => {
    if (update === "none") return;
    const stopWatchingFetches = watchFetches();
    const poll = async () => {
      setActivity(await readOtherActivity().catch(() => NO_ACTIVITY));
      if (phaseRef.current === "waiting") await apply(false);
    };
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      window.clearInterval(timer);
      stopWatchingFetches();
    };
  }, [update, apply]);

  const automatic = decideUpdate({ update, openForms: openForms + activity.formsInOtherTabs, isOutboxBusy: activity.isOutboxBusy, isNetworkBusy: activity.isNetworkBusy, isRequestedByUser: false });
  if (update === "none") return null;
  const reason =
    automatic.kind !== "offer"
      ? ""
      : automatic.blockedBy.includes("form")
        ? openForms > 0
          ? "Ứng dụng sẽ tự cập nhật khi bạn đóng biên bản đang lập."
          : "Ứng dụng sẽ tự cập nhật khi biên bản đang mở ở cửa sổ khác được đóng."
        : automatic.blockedBy.includes("outbox")
          ? "Ứng dụng sẽ tự cập nhật khi gửi xong biên bản."
          : "Ứng dụng sẽ tự cập nhật trong giây lát.";
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
