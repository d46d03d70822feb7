import { expect, test } from "vitest";
import { decideUpdate, type UpdateSituation, type UpdateState } from "./update-policy";

const idle: UpdateSituation = { update: "waiting", openForms: 0, isOutboxBusy: false, isNetworkBusy: false, isRequestedByUser: false };

test("with no new version there is nothing to offer, whatever else is going on", () => {
  for (const isRequestedByUser of [false, true]) {
    expect(decideUpdate({ update: "none", openForms: 2, isOutboxBusy: true, isNetworkBusy: true, isRequestedByUser })).toEqual({ kind: "nothing" });
  }
});

test("a waiting version is applied at once when no form is open and the outbox is idle", () => {
  expect(decideUpdate(idle)).toEqual({ kind: "apply", flushFormsFirst: false, waitForOutbox: false });
});

test("an open form holds the update back and says so", () => {
  expect(decideUpdate({ ...idle, openForms: 1 })).toEqual({ kind: "offer", blockedBy: ["form"] });
});

test("a push in progress holds the update back", () => {
  expect(decideUpdate({ ...idle, isOutboxBusy: true })).toEqual({ kind: "offer", blockedBy: ["outbox"] });
  expect(decideUpdate({ ...idle, openForms: 3, isOutboxBusy: true })).toEqual({ kind: "offer", blockedBy: ["form", "outbox"] });
});

test("a page still fetching (just navigated) waits for a quiet moment, but never keeps the officer from updating", () => {
  expect(decideUpdate({ ...idle, isNetworkBusy: true })).toEqual({ kind: "offer", blockedBy: ["network"] });
  expect(decideUpdate({ ...idle, openForms: 1, isNetworkBusy: true })).toEqual({ kind: "offer", blockedBy: ["form", "network"] });
  expect(decideUpdate({ ...idle, isNetworkBusy: true, isRequestedByUser: true }).kind).toBe("apply");
});

test("« Cập nhật ngay » applies even with a form open, flushing the drafts first and letting a push finish", () => {
  expect(decideUpdate({ ...idle, openForms: 1, isRequestedByUser: true })).toEqual({ kind: "apply", flushFormsFirst: true, waitForOutbox: false });
  expect(decideUpdate({ ...idle, openForms: 1, isOutboxBusy: true, isRequestedByUser: true })).toEqual({ kind: "apply", flushFormsFirst: true, waitForOutbox: true });
  expect(decideUpdate({ ...idle, isRequestedByUser: true })).toEqual({ kind: "apply", flushFormsFirst: false, waitForOutbox: false });
});

test("a version another tab activated follows the same rule: this page reloads only when idle or asked", () => {
  const elsewhere: UpdateSituation = { ...idle, update: "activated-elsewhere" satisfies UpdateState };
  expect(decideUpdate(elsewhere).kind).toBe("apply");
  expect(decideUpdate({ ...elsewhere, openForms: 1 })).toEqual({ kind: "offer", blockedBy: ["form"] });
});

test("the update is never applied silently while a form is open, in any combination", () => {
  for (const update of ["waiting", "activated-elsewhere"] as const) {
    for (const isOutboxBusy of [false, true]) {
      for (const isNetworkBusy of [false, true]) {
        for (const openForms of [1, 2, 5]) {
          const decision = decideUpdate({ update, openForms, isOutboxBusy, isNetworkBusy, isRequestedByUser: false });
          expect(decision.kind).toBe("offer");
        }
      }
    }
  }
});
