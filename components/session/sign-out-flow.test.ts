import { expect, test } from "vitest";
import { nextSignOutStep, type SignOutEvent, type SignOutStep } from "./sign-out-flow";

const none = { pending: 0, refused: 0, drafts: 0 };
const three = { pending: 2, refused: 1, drafts: 0 };

function run(events: SignOutEvent[], from: SignOutStep = { kind: "closed" }): SignOutStep {
  return events.reduce(nextSignOutStep, from);
}

test("with nothing unsynced, signing out proceeds at once (drafts alone do not hold it back)", () => {
  expect(run([{ type: "start" }, { type: "counted", counts: none }])).toEqual({ kind: "signing-out" });
  expect(run([{ type: "start" }, { type: "counted", counts: { ...none, drafts: 4 } }])).toEqual({ kind: "signing-out" });
});

test("with unsynced records it is blocked, showing the counts", () => {
  expect(run([{ type: "start" }, { type: "counted", counts: three }])).toEqual({ kind: "blocked", counts: three });
});

test("only the second explicit confirmation signs out", () => {
  const blocked: SignOutStep = { kind: "blocked", counts: three };
  expect(run([{ type: "anyway" }], blocked)).toEqual({ kind: "confirm-first", counts: three });
  expect(run([{ type: "anyway" }, { type: "confirm" }], blocked)).toEqual({ kind: "confirm-second", counts: three });
  expect(run([{ type: "anyway" }, { type: "confirm" }, { type: "confirm" }], blocked)).toEqual({ kind: "signing-out" });
});

test("no other path from blocked reaches signing out: stray events change nothing", () => {
  const blocked: SignOutStep = { kind: "blocked", counts: three };
  for (const event of [{ type: "confirm" }, { type: "start" }, { type: "back" }, { type: "counted", counts: none }] as SignOutEvent[]) {
    expect(nextSignOutStep(blocked, event)).toEqual(blocked);
  }
  // A repeated click on the first confirmation's button cannot skip the second.
  expect(nextSignOutStep({ kind: "confirm-first", counts: three }, { type: "anyway" })).toEqual({ kind: "confirm-first", counts: three });
});

test("export is a choice of its own; from it one can go back, or still sign out through both confirmations", () => {
  const exporting = run([{ type: "export" }], { kind: "blocked", counts: three });
  expect(exporting).toEqual({ kind: "export", counts: three });
  expect(nextSignOutStep(exporting, { type: "back" })).toEqual({ kind: "blocked", counts: three });
  expect(run([{ type: "anyway" }, { type: "confirm" }], exporting)).toEqual({ kind: "confirm-second", counts: three });
});

test("cancel or back at any confirmation keeps the officer signed in", () => {
  expect(run([{ type: "anyway" }, { type: "confirm" }, { type: "cancel" }], { kind: "blocked", counts: three })).toEqual({ kind: "closed" });
  expect(run([{ type: "anyway" }, { type: "confirm" }, { type: "back" }], { kind: "blocked", counts: three })).toEqual({ kind: "blocked", counts: three });
});

test("a failed sign-out (no network) is reported and can be started again", () => {
  const failed = nextSignOutStep({ kind: "signing-out" }, { type: "failed", message: "Cần có mạng" });
  expect(failed).toEqual({ kind: "failed", message: "Cần có mạng" });
  expect(nextSignOutStep(failed, { type: "start" })).toEqual({ kind: "checking" });
  expect(nextSignOutStep({ kind: "signing-out" }, { type: "cancel" })).toEqual({ kind: "signing-out" });
});
