import type { AttachmentRef, RecordEnvelope } from "./envelope";
import { attachmentUsesOf, type FieldRecord, type TypedPayload } from "./field-record";
import type { Participant, ParticipantRole, SignOff } from "./participants";
import type { ServiceChannel } from "./service-blocks";
import type { ServicePayload } from "./service";
import type { ValuationPayload } from "./valuation";
import { determinedPrice, type ValuationMethod } from "./valuation-method";
import type { VerificationPayload } from "./verification";

// Valid example records for tests (unit, server, e2e). Each builder returns data that parses; a test changes
// one thing and expects exactly that rule to fail. Imports only lib/domain.

export const FIXTURE_OFFICER_NAME = "Nguyễn Văn An";
export const FIXTURE_CASE_ID = "3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f";
export const FIXTURE_AUTHOR_ID = "6a1d3b5c-2e4f-4a6b-8c9d-0e1f2a3b4c5d";
export const FIXTURE_RECORD_ID = "01980c2a-5b3d-7e4f-8a1b-2c3d4e5f6a7b";

/** A deterministic SHA-256-shaped hex string: `fixtureSha256(1)` → `000…001`. */
export function fixtureSha256(seed: number): string {
  return seed.toString(16).padStart(64, "0");
}

let nextSignature = 100;
function signed(): SignOff {
  nextSignature += 1;
  return { kind: "signature", attachmentSha256: fixtureSha256(nextSignature) };
}

const DEFAULT_NAMES: Record<ParticipantRole, string> = {
  chap_hanh_vien: FIXTURE_OFFICER_NAME,
  thu_ky: "Phạm Thị Thu",
  duong_su: "Lê Văn Cường",
  nguoi_dai_dien: "Đỗ Minh Đức",
  nguoi_chung_kien: "Vũ Thị Hằng",
  dai_dien_chinh_quyen: "Trần Văn Bình",
  nguoi_cung_cap_thong_tin: "Hoàng Văn Giang",
  phien_dich: "Ngô Thị Lan",
  nguoi_nhan_thay: "Lê Thị Hoa",
};

export function buildParticipant(role: ParticipantRole, overrides: Partial<Participant> = {}): Participant {
  return { role, fullName: DEFAULT_NAMES[role], signOff: signed(), ...overrides };
}

export function buildVerificationPayload(overrides: Partial<VerificationPayload> = {}): VerificationPayload {
  return {
    startedAt: "2026-07-20T08:30:00+07:00",
    endedAt: "2026-07-20T10:00:00+07:00",
    place: {
      asWritten: "Thôn Đông, xã Nam Sách, huyện Nam Sách, tỉnh Hải Dương",
      normalized: { hamlet: "Thôn Đông", commune: "Xã Nam Sách", province: "Thành phố Hải Phòng" },
    },
    informants: [
      { bodyType: "ubnd_xa", bodyName: "UBND xã Nam Sách", personName: "Trần Văn Bình", title: "Công chức Tư pháp – Hộ tịch" },
    ],
    subject: {
      identity: { kind: "dinh_danh", number: "030085001234" },
      maritalStatus: "da_ket_hon",
      permanentResidence: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng",
      currentResidence: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng",
    },
    declaration: { status: "declared", items: ["Thửa đất số 125, tờ bản đồ số 12 (đất ở)"] },
    assets: [
      {
        type: "land",
        identifiers: { parcelNumber: "125", mapSheet: "12", certificateNumber: "CS 01234" },
        description: "Đất ở 120 m² có nhà cấp 4",
        encumbrances: "Thế chấp tại Ngân hàng Agribank chi nhánh Nam Sách",
        coOwners: ["Lê Thị Hoa"],
        estimatedValue: 850_000_000,
        photoSha256s: [fixtureSha256(10)],
      },
    ],
    income: { amount: 7_500_000, payer: "Công ty TNHH May Nam Sách", periodicity: "monthly" },
    conclusion: { conclusion: "co_dieu_kien" },
    participants: [
      buildParticipant("chap_hanh_vien", { title: "Chấp hành viên trung cấp" }),
      buildParticipant("thu_ky"),
      buildParticipant("dai_dien_chinh_quyen", { title: "Phó Chủ tịch UBND xã" }),
      buildParticipant("duong_su", { identity: { kind: "dinh_danh", number: "030085001234" } }),
    ],
    ...overrides,
  };
}

const DEBTOR_ADDRESS = { asWritten: "Thôn Đông, xã Nam Sách, thành phố Hải Phòng" };

/** A valid service record payload for each channel (direct delivery by default). */
export function buildServicePayload(
  channel: ServiceChannel = "truc_tiep",
  overrides: Partial<ServicePayload> = {},
): ServicePayload {
  const base: ServicePayload = {
    document: { number: "125/QĐ-THADS", date: "2026-07-10", title: "Quyết định thi hành án", type: "quyet_dinh_thi_hanh_an" },
    channel,
    addressee: { name: "Lê Văn Cường", identity: { kind: "dinh_danh", number: "030085001234" }, address: DEBTOR_ADDRESS },
    attemptedAt: "2026-07-13T09:30:00+07:00",
    outcome: "delivered",
    participants: [],
  };
  const officer = buildParticipant("chap_hanh_vien");
  const channelParts = ((): Partial<ServicePayload> => {
    switch (channel) {
      case "truc_tiep":
        return { participants: [officer, buildParticipant("duong_su")] };
      case "nguoi_nhan_thay":
        return {
          outcome: "substitute",
          substituteReceiver: {
            fullName: "Lê Thị Hoa",
            relationship: "Vợ",
            commitsToHandOver: true,
            receivedAt: "2026-07-13T09:35:00+07:00",
          },
          participants: [officer, buildParticipant("nguoi_nhan_thay")],
        };
      case "niem_yet":
        return {
          posting: {
            places: [
              { kind: "ubnd_xa", description: "Bảng tin UBND xã Nam Sách" },
              { kind: "noi_cu_tru", description: "Cổng nhà ông Cường" },
            ],
            postedOn: "2026-07-13",
            endsOn: "2026-07-20",
            photoSha256s: [fixtureSha256(20)],
          },
          participants: [officer, buildParticipant("nguoi_chung_kien")],
        };
      case "buu_dien":
        return { postal: { trackingNumber: "RR123456789VN", mailedOn: "2026-07-13" } };
      case "phuong_tien_thong_tin_dai_chung":
        return { media: { outlet: "Báo Hải Phòng", firstPublishedOn: "2026-07-14", secondPublishedOn: "2026-07-15" } };
      case "vneid":
        return { vneid: { sentAt: "2026-07-13T09:30:00+07:00" } };
    }
  })();
  return { ...base, ...channelParts, ...overrides };
}

export const FIXTURE_FIRM = {
  name: "Công ty Cổ phần Thẩm định giá Hải Phòng",
  listReference: "Danh sách doanh nghiệp thẩm định giá Bộ Tài chính công bố năm 2026",
  contractNumber: "15/2026/HĐTĐG",
  contractDate: "2026-08-01",
  certificateNumber: "1508/2026/CT-TĐG",
  certificateDate: "2026-08-10",
  value: 820_000_000,
  validUntil: "2027-02-10",
};

/** A valid valuation method of each kind; the firm chosen by the CHV by default. */
export function buildValuationMethod(method: ValuationMethod["method"] = "to_chuc_do_chv_chon"): ValuationMethod {
  switch (method) {
    case "thoa_thuan_gia":
      return { method, agreedPrice: 800_000_000 };
    case "thoa_thuan_to_chuc":
    case "to_chuc_do_chv_chon":
      return { method, firm: { ...FIXTURE_FIRM } };
    case "hoi_dong":
      return {
        method,
        council: {
          decisionNumber: "12/QĐ-THADS",
          resultPrice: 790_000_000,
          members: [
            { fullName: FIXTURE_OFFICER_NAME, title: "Chấp hành viên", isChair: true, opinion: "Đồng ý mức giá", vote: "agree" },
            { fullName: "Bùi Văn Khánh", title: "Chuyên viên Sở Tài chính", isChair: false, opinion: "Đồng ý", vote: "agree" },
            { fullName: "Đinh Thị Mai", title: "Chuyên viên Sở Xây dựng", isChair: false, opinion: "Đề nghị giá thấp hơn", vote: "disagree" },
          ],
        },
      };
    case "chv_tu_xac_dinh":
      return { method, reason: "small_value", price: 4_000_000 };
  }
}

export function buildValuationPayload(
  method: ValuationMethod["method"] = "to_chuc_do_chv_chon",
  overrides: Partial<ValuationPayload> = {},
): ValuationPayload {
  const built = buildValuationMethod(method);
  const isAgreement = method === "thoa_thuan_gia" || method === "thoa_thuan_to_chuc";
  const parties = isAgreement ? [buildParticipant("duong_su"), buildParticipant("duong_su", { fullName: "Mai Văn Phúc" })] : [];
  return {
    assets: [{ description: "Quyền sử dụng đất thửa 125, tờ bản đồ 12", assetRef: "Biên bản kê biên ngày 25/07/2026, mục 1", quantity: 1 }],
    method: built,
    startingPrice: determinedPrice(built),
    participants: [buildParticipant("chap_hanh_vien"), ...parties],
    ...overrides,
  };
}

export function buildEnvelope(overrides: Partial<RecordEnvelope> = {}): RecordEnvelope {
  return {
    id: FIXTURE_RECORD_ID,
    caseId: FIXTURE_CASE_ID,
    authorId: FIXTURE_AUTHOR_ID,
    deviceId: "device-fixture-01",
    capturedAt: "2026-07-20T10:05:00+07:00",
    location: { lat: 20.99, lng: 106.39, accuracy: 12 },
    locationNote: null,
    attachments: [],
    state: "draft",
    contentHash: null,
    revisionOf: null,
    ...overrides,
  };
}

/** A whole record whose attachment list carries every image its payload refers to. */
export function buildFieldRecord(typed: TypedPayload, envelope: Partial<RecordEnvelope> = {}): FieldRecord {
  const bySha = new Map<string, AttachmentRef>();
  for (const use of attachmentUsesOf(typed)) {
    bySha.set(use.sha256, { sha256: use.sha256, mime: "image/png", size: 20_000, kind: use.kind });
  }
  const attachments = [...bySha.values()];
  return { ...buildEnvelope({ attachments, ...envelope }), ...typed };
}

/** The dotted paths of a failed parse's issues (`["payload.endedAt"]`), or `[]` when it parsed. */
export function issuePaths(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}
