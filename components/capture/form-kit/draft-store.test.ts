import { expect, test, vi } from "vitest";
import { createDraftStore } from "./draft-store";

test("a change reaches the listeners and onChange, applied to the latest draft", () => {
  const onChange = vi.fn();
  const store = createDraftStore({ channel: "truc_tiep" }, {}, onChange);
  const listener = vi.fn();
  store.subscribe(listener);
  store.setAt("channel", "niem_yet");
  store.setAt("posting.postedOn", "2026-07-13"); // same event: must not lose the first change
  expect(store.getDraft()).toEqual({ channel: "niem_yet", posting: { postedOn: "2026-07-13" } });
  expect(onChange).toHaveBeenCalledTimes(2);
  expect(onChange).toHaveBeenLastCalledWith(store.getDraft());
  expect(listener).toHaveBeenCalledTimes(2);
});

test("a change that changes nothing is silent", () => {
  const onChange = vi.fn();
  const store = createDraftStore({ notes: "a" }, {}, onChange);
  store.setAt("notes", "a");
  expect(onChange).not.toHaveBeenCalled();
});

test("sync takes new props and notifies only when they differ", () => {
  const draft = { notes: "a" };
  const errors = {};
  const store = createDraftStore(draft, errors, () => undefined);
  const listener = vi.fn();
  const unsubscribe = store.subscribe(listener);
  store.sync(draft, errors, () => undefined);
  expect(listener).not.toHaveBeenCalled();
  store.sync(draft, { notes: "Quá dài" }, () => undefined);
  expect(store.getErrors()).toEqual({ notes: "Quá dài" });
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
  store.sync({ notes: "b" }, {}, () => undefined);
  expect(listener).toHaveBeenCalledTimes(1);
  expect(store.getAt("notes")).toBe("b");
});
