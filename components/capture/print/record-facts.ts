import type { Address } from "@/lib/domain/addresses";
import type { FieldRecord } from "@/lib/domain/records/field-record";

// What the printed header and opening sentence need from any record type: where and when the act took place
// and the "Về việc …" line of the title. Pure, so the choices are tested without rendering.

/** The instant the act began: the verification's start, the service attempt, else when the record was made. */
export function startedAtOf(record: FieldRecord): string {
  switch (record.type) {
    case "xac_minh":
      return record.payload.startedAt;
    case "thong_bao":
      return record.payload.attemptedAt;
    case "dinh_gia":
      return record.capturedAt;
  }
}

export interface RecordPlace {
  /** The structured address, when there is one (gives the place name of the date line). */
  address: Address | undefined;
  /** The place as the opening sentence writes it, or null when the record does not say. */
  text: string | null;
}

/** Where the minutes were made: the verification's place, the address served, or the posting places. */
export function placeOf(record: FieldRecord): RecordPlace {
  switch (record.type) {
    case "xac_minh":
      return { address: record.payload.place, text: record.payload.place.asWritten };
    case "thong_bao": {
      const { addressee, posting } = record.payload;
      if (addressee.address) return { address: addressee.address, text: addressee.address.asWritten };
      const postedAt = posting?.places.map((place) => place.description).join("; ");
      return { address: undefined, text: postedAt || null };
    }
    case "dinh_gia":
      // The valuation payload has no place: the officer writes it on the printout.
      return { address: undefined, text: null };
  }
}

/** The "Về việc …" line under "BIÊN BẢN", worded for what was actually done. */
export function subjectLineOf(record: FieldRecord): string {
  switch (record.type) {
    case "xac_minh":
      return "Về việc xác minh điều kiện thi hành án";
    case "thong_bao":
      return record.payload.channel === "niem_yet"
        ? "Về việc niêm yết công khai văn bản thi hành án"
        : "Về việc thông báo (tống đạt) văn bản thi hành án";
    case "dinh_gia":
      switch (record.payload.method.method) {
        case "thoa_thuan_gia":
          return "Về việc thỏa thuận giá tài sản";
        case "thoa_thuan_to_chuc":
        case "to_chuc_do_chv_chon":
          return "Về việc thẩm định giá tài sản";
        case "hoi_dong":
        case "chv_tu_xac_dinh":
          return "Về việc xác định giá tài sản";
      }
  }
}
