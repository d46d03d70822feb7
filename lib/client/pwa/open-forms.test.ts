import { expect, test } from "vitest";
import { flushOpenForms, openFormCount, registerOpenForm, subscribeToOpenForms } from "./open-forms";

test("a form counts as open from registration until it unregisters, and listeners hear both", () => {
  const heard: number[] = [];
  const stop = subscribeToOpenForms(() => heard.push(openFormCount()));
  const closeFirst = registerOpenForm(async () => undefined);
  const closeSecond = registerOpenForm(async () => undefined);
  expect(openFormCount()).toBe(2);
  closeFirst();
  closeFirst(); // twice (React strict effects) changes nothing
  closeSecond();
  stop();
  expect(heard).toEqual([1, 2, 1, 0]);
  expect(openFormCount()).toBe(0);
});

test("flushing waits for every open form's pending write, and a failing one fails the flush", async () => {
  const written: string[] = [];
  const close = registerOpenForm(() => new Promise((resolve) => setTimeout(() => resolve(written.push("draft")), 20)).then(() => undefined));
  await flushOpenForms();
  expect(written).toEqual(["draft"]);
  const closeFull = registerOpenForm(async () => {
    throw new Error("QuotaExceededError");
  });
  await expect(flushOpenForms()).rejects.toThrow("QuotaExceededError");
  close();
  closeFull();
});
