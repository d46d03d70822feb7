import { expect, test } from "vitest";
import { serviceTimingOf } from "./service-timing";

test("reads the timing of a draft whose other fields are still missing", () => {
  expect(serviceTimingOf({ channel: "niem_yet", outcome: "delivered", attemptedAt: "2026-07-20T09:00:00+07:00", posting: { postedOn: "2026-07-20", places: [] } })).toEqual({
    channel: "niem_yet",
    outcome: "delivered",
    attemptedAt: "2026-07-20T09:00:00+07:00",
    posting: { postedOn: "2026-07-20" },
  });
});

test("a block with an unfinished date is ignored, not fatal", () => {
  const timing = serviceTimingOf({ channel: "buu_dien", outcome: "delivered", attemptedAt: "2026-07-20T09:00:00+07:00", postal: { mailedOn: "2026-07-" } });
  expect(timing?.postal).toBeUndefined();
});

test("without channel, outcome and attempt time there is nothing to compute", () => {
  expect(serviceTimingOf({ channel: "truc_tiep" })).toBeNull();
  expect(serviceTimingOf({})).toBeNull();
});
