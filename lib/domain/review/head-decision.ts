import type { CaseStatus } from "../case-status";
import type { VerificationConclusion } from "../records/verification";

// A verification's conclusion is the officer's proposal; only the head's decision changes the case (domain
// §2.4, Luật THADS Đ.44a). When an approved verification says something the case's status does not, the head
// has a decision to make, and the case goes on the office's « cần ra quyết định » list:
// - chưa có điều kiện found on a case being enforced → quyết định về việc chưa có điều kiện (Đ.44a k.1);
// - có điều kiện found on a case marked chưa có điều kiện → tiếp tục thi hành (Đ.44a k.2);
// - a different ground of chưa có điều kiện (a/b/c) than the one on record is not a new decision [?], so no.
// Hoãn, tạm đình chỉ and closed statuses are governed by their own decisions; a verification does not reopen them.

export type HeadDecisionKind = "xac_dinh_chua_co_dieu_kien" | "tiep_tuc_thi_hanh";

export const HEAD_DECISION_LABELS_VI: Record<HeadDecisionKind, string> = {
  xac_dinh_chua_co_dieu_kien: "Ra quyết định về việc chưa có điều kiện thi hành án",
  tiep_tuc_thi_hanh: "Tiếp tục thi hành án (đương sự đã có điều kiện)",
};

export function headDecisionNeeded(conclusion: VerificationConclusion, caseStatus: CaseStatus): HeadDecisionKind | null {
  if (conclusion.conclusion === "chua_co_dieu_kien" && caseStatus === "dang_thi_hanh") return "xac_dinh_chua_co_dieu_kien";
  if (conclusion.conclusion === "co_dieu_kien" && caseStatus === "chua_co_dieu_kien") return "tiep_tuc_thi_hanh";
  return null;
}
