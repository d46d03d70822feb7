import { expect, test } from "vitest";
import { ServicePayloadSchema } from "@/lib/domain/records/service";
import { ValuationPayloadSchema } from "@/lib/domain/records/valuation";
import { VerificationPayloadSchema } from "@/lib/domain/records/verification";
import { getAt, setAt } from "../form-kit/draft-path";
import type { CaptureContext, DraftPayload } from "../record-form-contract";
import { initialServiceDraft, initialValuationDraft, initialVerificationDraft } from "./initial-drafts";

const context: CaptureContext = {
  officerName: "Nguyễn Văn An",
  debtor: { name: "Lê Văn Cường", address: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng", identity: { kind: "dinh_danh", number: "030085001234" } },
  creditor: { name: "Trần Thị Bích", address: "Phường Lê Chân, thành phố Hải Phòng" },
  decisionNumber: "125/QĐ-THADS",
  decisionDate: "2026-07-10",
};
const now = new Date("2026-07-20T01:30:27Z"); // 08:30:27 in Vietnam
const signature = (seed: string) => ({ kind: "signature", attachmentSha256: seed.repeat(64) });

function fill(draft: DraftPayload, values: Record<string, unknown>): DraftPayload {
  return Object.entries(values).reduce((next, [path, value]) => setAt(next, path, value), draft);
}

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];
}

test("a verification draft starts now, at the debtor's, with the officer and the debtor", () => {
  const draft = initialVerificationDraft(context, now);
  expect(draft.startedAt).toBe("2026-07-20T08:30:00+07:00");
  expect(draft.place).toEqual({ asWritten: context.debtor.address });
  expect(getAt(draft, "participants.0")).toEqual({ role: "chap_hanh_vien", fullName: "Nguyễn Văn An", signOff: { kind: "signature" } });
  expect(getAt(draft, "participants.1.role")).toBe("duong_su");
  expect(getAt(draft, "participants.1.identity")).toEqual(context.debtor.identity);
  expect(getAt(draft, "subject.identity")).toEqual(context.debtor.identity);
});

test("a verification draft plus what the officer adds parses", () => {
  const draft = fill(initialVerificationDraft(context, now), {
    endedAt: "2026-07-20T10:00:00+07:00",
    declaration: { status: "refused" },
    conclusion: { conclusion: "chua_co_dieu_kien", ground: "a" },
    "participants.0.signOff": signature("a"),
    "participants.1.signOff": signature("b"),
  });
  const result = VerificationPayloadSchema.safeParse(draft);
  expect(issuesOf(result)).toEqual([]);
});

test("a service draft serves the enforcement decision to the debtor in person", () => {
  const draft = initialServiceDraft(context, now);
  expect(draft.document).toEqual({ number: "125/QĐ-THADS", date: "2026-07-10", title: "Quyết định thi hành án", type: "quyet_dinh_thi_hanh_an" });
  expect(draft.addressee).toEqual({ name: "Lê Văn Cường", identity: context.debtor.identity, address: { asWritten: context.debtor.address } });
  expect(draft.channel).toBe("truc_tiep");
  expect(draft.attemptedAt).toBe("2026-07-20T08:30:00+07:00");
  const filled = fill(draft, {
    outcome: "delivered",
    "participants.0.signOff": signature("a"),
    "participants.1": { role: "duong_su", fullName: "Lê Văn Cường", signOff: signature("b") },
  });
  expect(issuesOf(ServicePayloadSchema.safeParse(filled))).toEqual([]);
});

test("a valuation draft has one asset row and the officer", () => {
  const draft = initialValuationDraft(context, now);
  const filled = fill(draft, {
    "assets.0.description": "Xe máy Honda Wave biển số 34B1-123.45",
    "assets.0.assetRef": "Mục 1 biên bản kê biên ngày 05/08/2026",
    method: { method: "chv_tu_xac_dinh", reason: "small_value", price: 8_000_000 },
    startingPrice: 8_000_000,
    "participants.0.signOff": signature("a"),
  });
  expect(issuesOf(ValuationPayloadSchema.safeParse(filled))).toEqual([]);
});

test("an empty case leaves out what it cannot prefill", () => {
  const empty: CaptureContext = { officerName: "", debtor: { name: "", address: "" }, creditor: { name: "", address: "" }, decisionNumber: "", decisionDate: "" };
  const verification = initialVerificationDraft(empty, now);
  expect(verification).not.toHaveProperty("place");
  expect(verification.subject).toEqual({});
  expect(getAt(verification, "participants.1")).toEqual({ role: "duong_su", signOff: { kind: "signature" } });
  const service = initialServiceDraft(empty, now);
  expect(service.addressee).toEqual({});
  expect(service.document).toEqual({ title: "Quyết định thi hành án", type: "quyet_dinh_thi_hanh_an" });
});
