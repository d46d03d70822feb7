import "client-only";

// When a new version of the app may take over (architecture §7). A new service worker installs in the
// background and WAITS (app/sw.ts: skipWaiting false); switching to it means reloading the page, which must never
// cost an officer what they are typing nor cut a push in half. Pure: the page gathers the facts, this decides.

export type UpdateState =
  | "none" // no new version
  | "waiting" // a new service worker is installed and waits for this page to let it activate
  | "activated-elsewhere"; // another tab activated it: this page still runs the old code and must reload

export interface UpdateSituation {
  update: UpdateState;
  openForms: number; // record editors mounted in this page (their drafts are saved as typed)
  isOutboxBusy: boolean; // a sync pass is pushing the outbox right now
  /**
   * The page fetched something in the last moments (a navigation, a prefetch). Chromium postpones the activation
   * of a new worker while the old one has requests in flight, and a request arriving just as it stops the old
   * worker was seen to hold the switch for minutes; a quiet moment avoids that race.
   */
  isNetworkBusy: boolean;
  isRequestedByUser: boolean; // the officer pressed « Cập nhật ngay »
}

export type UpdateDecision =
  | { kind: "nothing" }
  /** Show « Có phiên bản mới » and wait; `blockedBy` says why it is not applied yet. */
  | { kind: "offer"; blockedBy: readonly ("form" | "outbox" | "network")[] }
  /**
   * Activate (or reload into) the new version. `flushFormsFirst`: forms are open, the officer asked — write every
   * pending draft change to disk before the reload. `waitForOutbox`: a push is in flight — let it finish first
   * (a push cut by a reload is retried harmlessly, but the officer would see it fail and start again).
   */
  | { kind: "apply"; flushFormsFirst: boolean; waitForOutbox: boolean };

export function decideUpdate(situation: UpdateSituation): UpdateDecision {
  if (situation.update === "none") return { kind: "nothing" };
  const hasOpenForm = situation.openForms > 0;
  if (situation.isRequestedByUser) return { kind: "apply", flushFormsFirst: hasOpenForm, waitForOutbox: situation.isOutboxBusy };
  const blockedBy = [
    ...(hasOpenForm ? (["form"] as const) : []),
    ...(situation.isOutboxBusy ? (["outbox"] as const) : []),
    ...(situation.isNetworkBusy ? (["network"] as const) : []),
  ];
  if (blockedBy.length > 0) return { kind: "offer", blockedBy };
  return { kind: "apply", flushFormsFirst: false, waitForOutbox: false };
}
