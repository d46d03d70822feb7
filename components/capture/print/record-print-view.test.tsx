import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { CaseDetail } from "@/lib/domain/api/cases";
import { computeContentHash } from "@/lib/domain/records/content-hash";
import { type FieldRecord, FieldRecordSchema, type TypedPayload } from "@/lib/domain/records/field-record";
import {
  buildFieldRecord,
  buildParticipant,
  buildServicePayload,
  buildValuationPayload,
  buildVerificationPayload,
  FIXTURE_CASE_ID,
  FIXTURE_OFFICER_NAME,
  fixtureSha256,
} from "@/lib/domain/records/fixtures";
import { BLANK } from "./print-format";
import { RecordPrintView } from "./record-print-view";

const UNIT_ID = "0c000000-0000-4000-8000-00000000000c";
const ADDRESS = { asWritten: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng" };

const CASE_DETAIL: CaseDetail = {
  case: {
    id: FIXTURE_CASE_ID,
    unitId: UNIT_ID,
    assignedOfficerId: null,
    decisionNumber: "123/QĐ-CCTHADS",
    decisionDate: "2026-07-01",
    acceptedDate: "2026-07-01",
    judgment: { number: "45/2026/DS-ST", date: "2026-05-12", court: "Tòa án nhân dân khu vực 3 – Hải Phòng" },
    kind: "theo_yeu_cau",
    debtor: { type: "person", fullName: "Lê Văn Cường", address: ADDRESS },
    creditor: { type: "organization", name: "Ngân hàng Nông nghiệp", address: ADDRESS },
    obligations: { money: [{ description: "Trả nợ", amount: 1_529_000_000 }], nonMoney: [] },
    status: "dang_thi_hanh",
    statusHistory: [{ status: "dang_thi_hanh", ground: null, decisionNumber: "123/QĐ-CCTHADS", decisionDate: "2026-07-01", signer: "Trần Văn Bình" }],
  },
  assignedOfficer: null,
  unit: { id: UNIT_ID, name: "Thi hành án dân sự thành phố Hải Phòng", code: "HP" },
  moneyEntries: [],
};

/** A final record with its real content hash, checked against the schema so the fixture stays legal. */
async function finalRecord(typed: TypedPayload, capturedAt: string): Promise<FieldRecord> {
  const draft = buildFieldRecord(typed, { capturedAt, state: "final" });
  const record = { ...draft, contentHash: await computeContentHash(draft) };
  const parsed = FieldRecordSchema.safeParse(record);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return record;
}

/** The visible text of the markup: inline tags dropped, block tags as spaces, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<\/?span\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const MISSING_SIGNATURE = fixtureSha256(999);
function imageUrl(sha256: string): string | undefined {
  return sha256 === MISSING_SIGNATURE ? undefined : `blob:http://localhost/${sha256}`;
}

function render(record: FieldRecord, options: Partial<Parameters<typeof RecordPrintView>[0]> = {}): { html: string; text: string } {
  const html = renderToStaticMarkup(<RecordPrintView record={record} caseDetail={CASE_DETAIL} imageUrl={imageUrl} {...options} />);
  return { html, text: textOf(html) };
}

function expectCommonLayout(text: string, record: FieldRecord): void {
  expect(text).toContain("THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HẢI PHÒNG");
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(text).toContain("BIÊN BẢN");
  expect(text).toContain("Căn cứ Quyết định thi hành án số 123/QĐ-CCTHADS ngày 01 tháng 07 năm 2026");
  expect(text).toContain("Chúng tôi gồm:");
  for (const participant of record.payload.participants) expect(text).toContain(participant.fullName);
  expect(text).toContain(`Mã băm nội dung (SHA-256): ${record.contentHash}`);
  expect(text).toContain(`Mã biên bản: ${record.id}`);
  expect(text).toContain("đã đọc lại cho những người có tên trên cùng nghe và ký tên dưới đây");
  expect(text).not.toMatch(/undefined|NaN|\[object/);
}

test("a verification record prints its findings, the refusal to sign and the end time", async () => {
  const base = buildVerificationPayload();
  const [land] = base.assets;
  if (!land) throw new Error("fixture has no asset");
  const record = await finalRecord(
    {
      type: "xac_minh",
      payload: {
        ...base,
        assets: [{ ...land, estimatedValue: 1_529_000_000 }],
        participants: [
          ...base.participants.filter((p) => p.role !== "duong_su"),
          buildParticipant("duong_su", { signOff: { kind: "refused", reason: "Không đồng ý với kết quả xác minh" } }),
          buildParticipant("nguoi_chung_kien", { signOff: { kind: "fingerprint", attachmentSha256: fixtureSha256(50) } }),
        ],
      },
    },
    "2026-07-20T10:05:00+07:00",
  );
  const { html, text } = render(record);
  expectCommonLayout(text, record);
  expect(text).toContain("Về việc xác minh điều kiện thi hành án");
  expect(text).toContain("Nam Sách, ngày 20 tháng 07 năm 2026");
  expect(text).toContain("Hôm nay, vào lúc 08 giờ 30 phút, ngày 20 tháng 07 năm 2026, tại Thôn Đông, xã Nam Sách");
  expect(text).toContain("Vị trí GPS: 20.990000, 106.390000 (sai số ± 12 m)");
  expect(text).toContain("Số định danh cá nhân: 030085001234");
  expect(text).toContain("Tình trạng hôn nhân: Đã kết hôn");
  expect(text).toContain("Đã kê khai");
  expect(text).toContain("Thửa đất số 125, tờ bản đồ số 12");
  expect(text).toContain("Đồng sở hữu: Lê Thị Hoa");
  expect(text).toContain("1.529.000.000 đ");
  expect(text).toContain("Thu nhập: 7.500.000 đ (Hằng tháng)");
  expect(text).toContain("Có điều kiện thi hành án");
  expect(text).toContain("Từ chối ký (Lý do: Không đồng ý với kết quả xác minh)");
  expect(text).toContain("Điểm chỉ");
  expect(text).toContain("(Ký, ghi rõ họ tên, đóng dấu)");
  expect(text).toContain("Biên bản kết thúc vào lúc 10 giờ 00 phút cùng ngày");
  expect(html).toContain(`src="blob:http://localhost/${fixtureSha256(10)}"`); // the land photo
  expect(html).toContain("break-inside: avoid");
});

test("a posting record prints places, dates, photos and the valid notification date", async () => {
  const payload = buildServicePayload("niem_yet");
  const record = await finalRecord({ type: "thong_bao", payload }, "2026-07-13T10:00:00+07:00");
  const { text } = render(record, { validNotification: { date: "2026-07-13", basis: "ngày niêm yết" } });
  expectCommonLayout(text, record);
  expect(text).toContain("Về việc niêm yết công khai văn bản thi hành án");
  expect(text).toContain("ngày 13 tháng 07 năm 2026");
  expect(text).toContain("Hôm nay, vào lúc 09 giờ 30 phút, ngày 13 tháng 07 năm 2026");
  expect(text).toContain("Quyết định thi hành án số 125/QĐ-THADS ngày 10 tháng 07 năm 2026");
  expect(text).toContain("Hình thức thông báo: Niêm yết công khai");
  expect(text).toContain("Kết quả: Đã thực hiện.");
  expect(text).toContain("Trụ sở UBND cấp xã: Bảng tin UBND xã Nam Sách");
  expect(text).toContain("thời hạn niêm yết đến hết ngày 20 tháng 07 năm 2026");
  expect(text).toContain("Ảnh niêm yết 1");
  expect(text).toContain("Ngày thông báo hợp lệ: ngày 13 tháng 07 năm 2026 (ngày niêm yết)");
});

test("a substitute receipt prints the receiver's relationship and commitment", async () => {
  const record = await finalRecord({ type: "thong_bao", payload: buildServicePayload("nguoi_nhan_thay") }, "2026-07-13T10:00:00+07:00");
  const { text } = render(record, { validNotification: { date: null, basis: "chờ xác định" } });
  expect(text).toContain("Người nhận thay: Lê Thị Hoa; quan hệ với người được thông báo: Vợ; nhận văn bản lúc 09 giờ 35 phút");
  expect(text).toContain("cam kết chuyển giao ngay văn bản");
  expect(text).toContain("Ngày thông báo hợp lệ: chưa xác định (chờ xác định)");
});

test("a council valuation prints each member's opinion and vote and the starting price in figures and words", async () => {
  const payload = buildValuationPayload("hoi_dong");
  const record = await finalRecord({ type: "dinh_gia", payload }, "2026-08-12T15:00:00+07:00");
  const { text } = render(record);
  expectCommonLayout(text, record);
  expect(text).toContain("Về việc xác định giá tài sản");
  expect(text).toContain(`${BLANK}, ngày 12 tháng 08 năm 2026`); // the payload has no place: written by hand
  expect(text).toContain("Hội đồng xác định giá");
  expect(text).toContain(`${FIXTURE_OFFICER_NAME} (Chủ tịch Hội đồng)`);
  expect(text).toContain("Đề nghị giá thấp hơn");
  expect(text).toContain("Không tán thành");
  expect(text).toContain("Kết quả biểu quyết: 2/3 thành viên tán thành");
  expect(text).toContain("Giá khởi điểm để bán đấu giá tài sản: 790.000.000 đ (Bằng chữ: Bảy trăm chín mươi triệu đồng)");
});

test("missing images print bordered placeholders, a revision names the record it replaces", async () => {
  const payload = buildValuationPayload("thoa_thuan_gia");
  const [officer, ...rest] = payload.participants;
  if (!officer) throw new Error("fixture has no officer");
  const withMissing = { ...payload, participants: [{ ...officer, signOff: { kind: "signature" as const, attachmentSha256: MISSING_SIGNATURE } }, ...rest] };
  const replaced = "01980c2a-0000-7000-8000-000000000001";
  const record = { ...(await finalRecord({ type: "dinh_gia", payload: withMissing }, "2026-08-01T09:00:00+07:00")), revisionOf: replaced };
  const { html, text } = render(record);
  expect(text).toContain("[Chữ ký]");
  expect(html).toContain('class="bb-placeholder"');
  expect(text).toContain(`Sửa đổi, thay thế biên bản ${replaced}`);
  expect(text).toContain("Các đương sự thống nhất thỏa thuận giá tài sản là: 800.000.000 đ");
});

test("without the case, the header and grounds leave dotted blanks instead of failing", async () => {
  const record = await finalRecord({ type: "xac_minh", payload: buildVerificationPayload() }, "2026-07-20T10:05:00+07:00");
  const text = textOf(renderToStaticMarkup(<RecordPrintView record={record} caseDetail={null} imageUrl={() => undefined} />));
  expect(text).toContain(`Căn cứ Quyết định thi hành án số ${BLANK} ngày ${BLANK}`);
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).not.toMatch(/undefined|NaN/);
});

test("a draft is marked as having no legal value and has no hash yet", () => {
  const record = buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("vneid") });
  const { text } = render(record);
  expect(text).toContain("BẢN NHÁP");
  expect(text).toContain("Chưa hoàn tất: chưa có mã băm nội dung");
  expect(text).toContain("Thời điểm ứng dụng VNeID ghi nhận đã gửi: 09 giờ 30 phút, ngày 13 tháng 07 năm 2026");
});
