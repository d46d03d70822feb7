// What a reviewer must notice about when a record was made (issue #5): the device's clock is the officer's
// word, the server's receipt time is ours. A record sent more than a day after it was captured is normal after
// days without network, but the head should see it; a capture time after the server received it means the
// phone's clock was wrong (or set), which weakens the record's time as evidence.

export const LATE_SYNC_HOURS = 24;
// Phones' clocks drift by seconds to a few minutes; beyond this a "future" capture time is not drift.
export const FUTURE_TOLERANCE_MINUTES = 5;

export interface CaptureTiming {
  capturedAt: string;
  receivedAt: string;
  gapHours: number; // receipt minus capture, hours (negative when the capture time is after the receipt)
  isLate: boolean;
  isInFuture: boolean;
}

export function captureTiming(capturedAt: string, receivedAt: string): CaptureTiming {
  const gapMs = Date.parse(receivedAt) - Date.parse(capturedAt);
  return {
    capturedAt,
    receivedAt,
    gapHours: Math.round((gapMs / 3_600_000) * 10) / 10,
    isLate: gapMs > LATE_SYNC_HOURS * 3_600_000,
    isInFuture: gapMs < -FUTURE_TOLERANCE_MINUTES * 60_000,
  };
}
