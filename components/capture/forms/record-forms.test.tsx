import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { buildServicePayload, buildValuationPayload, buildVerificationPayload } from "@/lib/domain/records/fixtures";
import type { CaptureContext, DraftPayload, FieldErrors, MediaPort } from "../record-form-contract";
import { initialServiceDraft, initialValuationDraft, initialVerificationDraft } from "./initial-drafts";
import { ServiceForm } from "./service-form";
import { ValuationForm } from "./valuation-form";
import { VerificationForm } from "./verification-form";

// Server-rendered markup of the forms (Vitest runs without a DOM): every field renders from a full record,
// read-only disables every control, errors land under their fields. Interaction is covered by e2e.

const context: CaptureContext = {
  officerName: "Nguyễn Văn An",
  debtor: { name: "Lê Văn Cường", address: "Thôn Đông, xã Nam Sách", identity: { kind: "dinh_danh", number: "030085001234" } },
  creditor: { name: "Trần Thị Bích", address: "Phường Lê Chân" },
  decisionNumber: "125/QĐ-THADS",
  decisionDate: "2026-07-10",
};
const media: MediaPort = {
  addImage: async () => ({ ok: false, error: "no" }),
  addSignature: async () => ({ ok: false, error: "no" }),
  Thumbnail: ({ sha256, alt }) => <span role="img" aria-label={alt} data-sha256={sha256} />,
};
const now = new Date("2026-07-20T01:30:00Z");

function render(Form: typeof VerificationForm, draft: DraftPayload, extra: { errors?: FieldErrors; readOnly?: boolean } = {}): string {
  return renderToStaticMarkup(<Form draft={draft} onChange={() => undefined} errors={extra.errors ?? {}} media={media} context={context} readOnly={extra.readOnly} />);
}

function ids(html: string): string[] {
  return [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? "");
}

test("a full verification record renders every part", () => {
  const html = render(VerificationForm, buildVerificationPayload());
  for (const text of ["Tài sản 1", "Thửa đất số", 'value="125"', 'value="850.000.000"', "Lê Thị Hoa", "Người tham gia 4", "Công ty TNHH May Nam Sách", 'value="2026-07-20T08:30"']) {
    expect(html).toContain(text);
  }
  expect(html).toContain("Chữ ký của Nguyễn Văn An");
  expect(new Set(ids(html)).size).toBe(ids(html).length);
});

test("read-only disables every control and hides the buttons that change the draft", () => {
  const html = render(VerificationForm, buildVerificationPayload(), { readOnly: true });
  const controls = html.match(/<(input|select|textarea)\b[^>]*>/g) ?? [];
  expect(controls.length).toBeGreaterThan(20);
  expect(controls.filter((control) => !/ disabled=""/.test(control))).toEqual([]);
  expect(html).not.toContain("Thêm tài sản");
  expect(html).not.toContain("Ký lại");
});

test("an error shows under its field, tied to it; a section error at the top of the section", () => {
  const errors = { "assets.0.identifiers.mapSheet": "Có số thửa thì phải ghi số tờ bản đồ", participants: "Biên bản xác minh phải có Chấp hành viên ký" };
  const html = render(VerificationForm, initialVerificationDraft(context, now), { errors: {} });
  expect(html).not.toContain("aria-invalid");
  const withAsset = render(VerificationForm, { ...buildVerificationPayload(), assets: [{ type: "land", identifiers: { parcelNumber: "125" }, coOwners: [], photoSha256s: [] }] }, { errors });
  const [, inputId] = /<input id="([^"]+)"[^>]*aria-invalid="true"/.exec(withAsset) ?? [];
  expect(withAsset).toContain(`id="${inputId}-error" class="text-sm text-red-800">Có số thửa thì phải ghi số tờ bản đồ`);
  expect(withAsset).toContain("Biên bản xác minh phải có Chấp hành viên ký");
});

test("the service form shows the valid date and only the outcomes of the channel", () => {
  const draft = buildServicePayload("niem_yet");
  const html = renderToStaticMarkup(
    <ServiceForm draft={draft} onChange={() => undefined} errors={{}} media={media} context={context} validNotification={{ date: "2026-07-13", basis: "Ngày niêm yết", postingEndsOn: "2026-07-20" }} />,
  );
  expect(html).toContain("13/07/2026");
  expect(html).toContain("Niêm yết đến hết ngày 20/07/2026");
  expect(html).toContain("Đã thực hiện");
  expect(html).not.toContain("Từ chối nhận");
  expect(html).toContain("Nơi niêm yết 2");
  expect(html).not.toContain("Số hiệu bưu gửi");
  const direct = render(ServiceForm, initialServiceDraft(context, now));
  expect(direct).toContain("Từ chối nhận");
  expect(direct).toContain("Chưa xác định được");
  expect(direct).not.toContain("Ngày niêm yết");
});

test("the valuation form renders each method's fields", () => {
  const council = render(ValuationForm, buildValuationPayload("hoi_dong"));
  expect(council).toContain("Thành viên 3");
  expect(council).toContain("Chủ tịch Hội đồng");
  expect(council).toContain('value="790.000.000"');
  expect(render(ValuationForm, buildValuationPayload("to_chuc_do_chv_chon"))).toContain("Số chứng thư thẩm định giá");
  expect(render(ValuationForm, initialValuationDraft(context, now))).toContain("Tài sản 1");
});
