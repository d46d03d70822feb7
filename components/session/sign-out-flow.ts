import { type UnsyncedCounts, unsyncedTotal } from "@/lib/client/db/unsynced-records";

// Signing out with records the server does not have (issue #7). Signing out only forgets who is signed in: the
// records stay in this browser's storage, hidden from anyone else, and are sent when their author signs in again
// HERE. Meanwhile nobody can send them, and they are gone for good if the browser's data is wiped. So it is held
// back: export the hand-over file, or confirm twice, the second time with the number at stake.

export type SignOutStep =
  | { kind: "closed" }
  | { kind: "checking" } // counting the unsynced records
  | { kind: "blocked"; counts: UnsyncedCounts } // the choices: export, sign out anyway, stay
  | { kind: "export"; counts: UnsyncedCounts } // the hand-over export form
  | { kind: "confirm-first"; counts: UnsyncedCounts }
  | { kind: "confirm-second"; counts: UnsyncedCounts }
  | { kind: "signing-out" }
  | { kind: "failed"; message: string };

export type SignOutEvent =
  | { type: "start" }
  | { type: "counted"; counts: UnsyncedCounts }
  | { type: "export" }
  | { type: "anyway" }
  | { type: "confirm" }
  | { type: "back" }
  | { type: "cancel" }
  | { type: "failed"; message: string };

export function nextSignOutStep(step: SignOutStep, event: SignOutEvent): SignOutStep {
  if (step.kind === "signing-out") return event.type === "failed" ? { kind: "failed", message: event.message } : step;
  if (event.type === "cancel") return { kind: "closed" };
  switch (step.kind) {
    case "closed":
    case "failed":
      return event.type === "start" ? { kind: "checking" } : step;
    case "checking":
      if (event.type === "failed") return { kind: "failed", message: event.message };
      if (event.type !== "counted") return step;
      return unsyncedTotal(event.counts) === 0 ? { kind: "signing-out" } : { kind: "blocked", counts: event.counts };
    case "blocked":
      if (event.type === "export") return { kind: "export", counts: step.counts };
      return event.type === "anyway" ? { kind: "confirm-first", counts: step.counts } : step;
    case "export":
      if (event.type === "back") return { kind: "blocked", counts: step.counts };
      return event.type === "anyway" ? { kind: "confirm-first", counts: step.counts } : step;
    case "confirm-first":
      if (event.type === "back") return { kind: "blocked", counts: step.counts };
      return event.type === "confirm" ? { kind: "confirm-second", counts: step.counts } : step;
    case "confirm-second":
      if (event.type === "back") return { kind: "blocked", counts: step.counts };
      return event.type === "confirm" ? { kind: "signing-out" } : step;
  }
}
