import type { LocalRecord } from "@/lib/client/db/field-database";
import { FIXTURE_AUTHOR_ID, FIXTURE_CASE_ID, FIXTURE_RECORD_ID } from "@/lib/domain/records/fixtures";

/** A finalized biên bản as the device keeps it, for the unit tests of screens and labels; `overrides` shape it. */
export function finalLocalRecord(overrides: Partial<LocalRecord> = {}): LocalRecord {
  return {
    id: FIXTURE_RECORD_ID,
    authorId: FIXTURE_AUTHOR_ID,
    caseId: FIXTURE_CASE_ID,
    type: "xac_minh",
    state: "final",
    payload: {},
    location: null,
    locationNote: null,
    attachments: [],
    revisionOf: null,
    contentHash: "a".repeat(64),
    deviceId: "device-test-0001",
    createdAt: "2026-11-29T01:00:00.000Z",
    updatedAt: "2026-11-29T01:00:00.000Z",
    capturedAt: "2026-11-29T01:00:00.000Z",
    ...overrides,
  };
}
