import { expect, test } from "vitest";
import { captureTiming } from "./capture-timing";

test("a record sent within a day is not flagged; after more than 24 hours it is", () => {
  expect(captureTiming("2026-11-20T09:00:00+07:00", "2026-11-21T01:59:00Z")).toMatchObject({ isLate: false, isInFuture: false, gapHours: 24 });
  expect(captureTiming("2026-11-20T09:00:00+07:00", "2026-11-21T02:01:00Z")).toMatchObject({ isLate: true, isInFuture: false });
});

test("a capture time after the receipt is flagged beyond five minutes of clock drift", () => {
  expect(captureTiming("2026-11-20T09:04:00+07:00", "2026-11-20T02:00:00Z").isInFuture).toBe(false);
  expect(captureTiming("2026-11-20T09:06:00+07:00", "2026-11-20T02:00:00Z")).toMatchObject({ isInFuture: true, isLate: false, gapHours: -0.1 });
});
