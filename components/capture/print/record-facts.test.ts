import { expect, test } from "vitest";
import {
  buildFieldRecord,
  buildServicePayload,
  buildValuationPayload,
  buildVerificationPayload,
} from "@/lib/domain/records/fixtures";
import { placeOf, startedAtOf, subjectLineOf } from "./record-facts";

test("the act starts at the verification's start, the service attempt, or else the capture time", () => {
  const verification = buildFieldRecord({ type: "xac_minh", payload: buildVerificationPayload() });
  const service = buildFieldRecord({ type: "thong_bao", payload: buildServicePayload("truc_tiep") });
  const valuation = buildFieldRecord({ type: "dinh_gia", payload: buildValuationPayload() }, { capturedAt: "2026-08-12T15:00:00+07:00" });
  expect(startedAtOf(verification)).toBe("2026-07-20T08:30:00+07:00");
  expect(startedAtOf(service)).toBe("2026-07-13T09:30:00+07:00");
  expect(startedAtOf(valuation)).toBe("2026-08-12T15:00:00+07:00");
});

test("a posting without the addressee's address is placed at its posting places", () => {
  const payload = buildServicePayload("niem_yet");
  const record = buildFieldRecord({ type: "thong_bao", payload: { ...payload, addressee: { name: payload.addressee.name } } });
  expect(placeOf(record)).toEqual({ address: undefined, text: "Bảng tin UBND xã Nam Sách; Cổng nhà ông Cường" });
});

test("a valuation has no place of its own: the officer writes it by hand", () => {
  expect(placeOf(buildFieldRecord({ type: "dinh_gia", payload: buildValuationPayload() })).text).toBeNull();
});

test("the title line follows what was done", () => {
  const service = (channel: "truc_tiep" | "niem_yet") => buildFieldRecord({ type: "thong_bao", payload: buildServicePayload(channel) });
  const valuation = (method: "thoa_thuan_gia" | "to_chuc_do_chv_chon" | "hoi_dong") =>
    buildFieldRecord({ type: "dinh_gia", payload: buildValuationPayload(method) });
  expect(subjectLineOf(service("truc_tiep"))).toBe("Về việc thông báo (tống đạt) văn bản thi hành án");
  expect(subjectLineOf(service("niem_yet"))).toBe("Về việc niêm yết công khai văn bản thi hành án");
  expect(subjectLineOf(valuation("thoa_thuan_gia"))).toBe("Về việc thỏa thuận giá tài sản");
  expect(subjectLineOf(valuation("to_chuc_do_chv_chon"))).toBe("Về việc thẩm định giá tài sản");
  expect(subjectLineOf(valuation("hoi_dong"))).toBe("Về việc xác định giá tài sản");
});
