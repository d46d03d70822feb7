import { expect, test } from "vitest";
import { nextDueActions } from "@/lib/domain/deadlines/case-deadlines";
import { buildServicePayload, FIXTURE_CASE_ID } from "@/lib/domain/records/fixtures";
import { caseDetail } from "@/test/case-detail-fixture";
import { finalLocalRecord } from "@/test/local-record";
import { dueActionsFor } from "./case-deadlines";

const OFFICER = "0a000000-0000-4000-8000-00000000000a";
const TODAY = "2026-07-20";
const base = caseDetail(FIXTURE_CASE_ID, "Lê Văn Cường", OFFICER);
const detail = { ...base, case: { ...base.case, decisionDate: "2026-07-08", statusHistory: base.case.statusHistory.map((entry) => ({ ...entry, decisionDate: "2026-07-08" })) } };
const input = { decisionDate: "2026-07-08", status: "dang_thi_hanh" as const, statusDate: "2026-07-08", verifications: [] };

test("a final service record on the phone counts as the notification it made (its valid date), read without a schema", () => {
  const served = finalLocalRecord({ type: "thong_bao", payload: buildServicePayload("truc_tiep") });
  const actions = dueActionsFor(detail, [served], TODAY);
  const expected = nextDueActions({ ...input, notifications: [{ documentType: "quyet_dinh_thi_hanh_an", validOn: "2026-07-13", attemptedOn: "2026-07-13" }] }, TODAY);
  expect(actions).toEqual(expected);
  expect(actions).not.toEqual(nextDueActions({ ...input, notifications: [] }, TODAY));
});

test("a final record that is not well-formed (an older app's) counts as no notification and does not break the list", () => {
  const broken = finalLocalRecord({ type: "thong_bao", payload: { channel: "truc_tiep" } });
  const draft = finalLocalRecord({ type: "thong_bao", state: "draft", payload: buildServicePayload("truc_tiep") });
  expect(dueActionsFor(detail, [broken, draft], TODAY)).toEqual(nextDueActions({ ...input, notifications: [] }, TODAY));
});
