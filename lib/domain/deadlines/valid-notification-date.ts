import { formatDateVi, type IsoDate, localDateOf } from "../dates";
import type { ServiceChannel, ServiceOutcome } from "../records/service-blocks";
import { VN_WORKING_CALENDAR } from "./holiday-calendar";
import { DEFAULT_REGIME_TABLE, periodsFor, type Regime, type RegimeTable } from "./legal-periods";
import type { WorkingCalendar } from "./working-calendar";
import { addCalendarDaysRolled } from "./working-days";

// The valid notification date (ngày thông báo hợp lệ) of one service record (domain §1.3, §9): it starts the
// voluntary-compliance period and so drives every later deadline. `ServiceFacts` is a structural subset of
// ServicePayload, so a parsed record is passed as it is; its schema already checked witnesses and signatures.
export interface ServiceFacts {
  channel: ServiceChannel;
  outcome: ServiceOutcome;
  attemptedAt: string;
  substituteReceiver?: { receivedAt: string };
  posting?: { postedOn: string };
  postal?: { mailedOn: string };
  media?: { secondPublishedOn: string };
  vneid?: { sentAt: string };
}

export interface ValidNotification {
  date: IsoDate | null;
  /** Why, in Vietnamese, with the article. */
  basis: string;
  regime: Regime;
  /** Last day of the posting (niêm yết) period, for the posting channel. */
  postingEndsOn?: IsoDate;
}

const BASIS = {
  delivered: {
    old: "Đương sự ký nhận hoặc điểm chỉ: ngày lập biên bản (Luật THADS Đ.40 k.1)",
    new: "Đương sự ký nhận hoặc điểm chỉ: ngày lập biên bản (NĐ 152/2026 Đ.16)",
  },
  substitute: {
    old: "Giao cho người thân thích cùng cư trú: ngày lập biên bản là ngày thông báo hợp lệ (Luật THADS Đ.40 k.1; TTLT 11/2016 Đ.2)",
    new: "Giao cho người thành niên cùng cư trú: ngày lập biên bản là ngày thông báo hợp lệ (NĐ 152/2026 Đ.16 k.3)",
  },
  refused: {
    old: "Từ chối nhận, có người chứng kiến: ngày lập biên bản là ngày thông báo hợp lệ (NĐ 62/2015 Đ.12 k.4)",
    new: "Từ chối ký nhận, có người chứng kiến: ngày lập biên bản là ngày thông báo hợp lệ (NĐ 152/2026 Đ.16 k.6)",
  },
  posting: {
    old: "Ngày niêm yết là ngày thông báo hợp lệ (Luật THADS Đ.42)",
    new: "Ngày niêm yết là ngày thông báo hợp lệ (NĐ 152/2026 Đ.17)",
  },
  postal: {
    old: "Ngày gửi bảo đảm qua bưu điện là ngày thông báo hợp lệ (TTLT 11/2016 Đ.2 k.1)",
    new: "Ngày gửi qua bưu điện [?]: NĐ 152/2026 Đ.16 chưa đối chiếu, giữ quy tắc của TTLT 11/2016 Đ.2 k.1",
  },
  media: {
    old: "Ngày đăng, phát lần thứ hai là ngày thông báo hợp lệ (Luật THADS Đ.43)",
    new: "Ngày đăng, phát lần thứ hai là ngày thông báo hợp lệ (NĐ 152/2026 Đ.18)",
  },
  vneid: {
    old: "Ngày VNeID báo đã gửi; trước 01/7/2026 chỉ gửi qua VNeID sau lần thông báo đầu tiên, khi đương sự đồng ý (NĐ 62/2015 Đ.12 sửa đổi bởi NĐ 152/2024)",
    new: "Ngày VNeID báo đã gửi là ngày thông báo hợp lệ (NĐ 152/2026 Đ.15)",
  },
} satisfies Record<string, Record<Regime, string>>;

const NOT_SERVED =
  "Không thông báo được (vắng mặt, đã chuyển đi hoặc không tìm thấy): thông báo theo địa chỉ mới nếu biết, nếu không phải niêm yết công khai (Luật THADS Đ.40, Đ.42; NĐ 152/2026 Đ.16–17)";

type Found = { date: string; basis: keyof typeof BASIS } | { date: null; reason: string };

const FAILED: readonly ServiceOutcome[] = ["absent", "moved", "not_found"];

function missing(what: string): Found {
  return { date: null, reason: `Thiếu thông tin ${what}: chưa xác định được ngày thông báo hợp lệ` };
}

function findDate(facts: ServiceFacts): Found {
  switch (facts.channel) {
    case "niem_yet":
      return facts.posting ? { date: facts.posting.postedOn, basis: "posting" } : missing("niêm yết");
    case "phuong_tien_thong_tin_dai_chung":
      return facts.media ? { date: facts.media.secondPublishedOn, basis: "media" } : missing("đăng, phát");
    case "vneid":
      return facts.vneid ? { date: localDateOf(facts.vneid.sentAt), basis: "vneid" } : missing("VNeID");
    case "buu_dien":
      if (!facts.postal) return missing("bưu gửi");
      // Mail returned undelivered is a failed attempt, like a visit that found nobody.
      return FAILED.includes(facts.outcome) ? { date: null, reason: NOT_SERVED } : { date: facts.postal.mailedOn, basis: "postal" };
    case "truc_tiep":
    case "nguoi_nhan_thay":
      break;
  }
  // In person: the minutes are dated the day of the visit, in Vietnam's time zone.
  switch (facts.outcome) {
    case "delivered":
      return { date: localDateOf(facts.attemptedAt), basis: "delivered" };
    case "substitute":
      return { date: localDateOf(facts.substituteReceiver?.receivedAt ?? facts.attemptedAt), basis: "substitute" };
    case "refused":
      return { date: localDateOf(facts.attemptedAt), basis: "refused" };
    case "absent":
    case "moved":
    case "not_found":
      return { date: null, reason: NOT_SERVED };
  }
}

/**
 * The valid notification date of a service record, or null with the reason when the attempt failed. The
 * regime is the one in force on that date (on the attempt date when there is none).
 */
export function validNotificationDate(
  facts: ServiceFacts,
  options: { calendar?: WorkingCalendar; regimes?: RegimeTable } = {},
): ValidNotification {
  const { calendar = VN_WORKING_CALENDAR, regimes = DEFAULT_REGIME_TABLE } = options;
  const found = findDate(facts);
  const periods = periodsFor(found.date ?? localDateOf(facts.attemptedAt), regimes);
  if (found.date === null) return { date: null, basis: found.reason, regime: periods.regime };

  const basis = BASIS[found.basis][periods.regime];
  if (facts.channel !== "niem_yet") return { date: found.date, basis, regime: periods.regime };
  // 10 days (old Đ.42) or 7 days (NĐ 152/2026 Đ.17) from the posting date; a last day off rolls (BLDS Đ.148 k.5).
  const postingEndsOn = addCalendarDaysRolled(found.date, periods.postingDays, calendar);
  return {
    date: found.date,
    basis: `${basis}; niêm yết ${periods.postingDays} ngày, đến hết ngày ${formatDateVi(postingEndsOn)}`,
    regime: periods.regime,
    postingEndsOn,
  };
}
