import type { CaseStatus } from "../case-status";

// Which statuses count where in the annual statistics (domain §2.2–2.3). One table, so a change of the
// circular is a change here. Where the legal text was not available the choice is marked [?] and kept here,
// in one place, to stay configurable.
export type StatClass =
  | "co_dieu_kien" // counts in the denominator of both rates
  | "chua_co_dieu_kien" // counts in "phải thi hành" but not in the denominator
  | "excluded"; // not in "phải thi hành" at all

export interface StatusClassification {
  statClass: StatClass;
  /** Counts in the numerator (thi hành xong + đình chỉ). */
  isFinished: boolean;
}

/**
 * @param status the case's status as of the report date
 * @param ground the ground (điểm) of that status, for hoãn and chưa có điều kiện
 */
export function classifyStatus(status: CaseStatus, ground: string | null): StatusClassification {
  switch (status) {
    case "thi_hanh_xong":
    case "dinh_chi": // GSO metadata: đình chỉ counts as thi hành xong (numerator).
      return { statClass: "co_dieu_kien", isFinished: true };
    case "dang_thi_hanh":
      return { statClass: "co_dieu_kien", isFinished: false };
    case "hoan":
      // TT 06/2019: hoãn on ground (c) of Đ.48 k.1 (the parties agree) counts as có điều kiện; other grounds
      // block enforcement and count as chưa có điều kiện [?].
      return { statClass: ground === "c" ? "co_dieu_kien" : "chua_co_dieu_kien", isFinished: false };
    case "chua_co_dieu_kien":
    case "tam_dinh_chi": // [?] enforcement is blocked, so without conditions.
      return { statClass: "chua_co_dieu_kien", isFinished: false };
    case "uy_thac_di": // Deducted from the sender's "phải thi hành"; the receiver counts it as new.
    case "so_theo_doi_rieng": // NĐ 62 Đ.9 k.5–6: moved out of the case-load.
    case "tra_lai_yeu_cau": // NĐ 152 Đ.32 k.1 điểm d: the request is returned, the case ends [?].
      return { statClass: "excluded", isFinished: false };
  }
}
