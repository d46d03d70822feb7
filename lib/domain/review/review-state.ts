// The review of a biên bản by the head of the office (Chi cục trưởng / Phó Chi cục trưởng), architecture §4:
//   submitted ──approve──▶ approved            (final: an approved record is part of the case file)
//   submitted ──return───▶ returned            (with a reason; the officer corrects it on the phone)
//   returned  ──supersede▶ superseded          (by a revision that points to it, which is itself submitted)
//   submitted ──supersede▶ superseded          (the officer revised it before anyone reviewed it: the head
//                                                reviews the newest version, with the diff against this one)
// Everything else is an illegal move: the API answers 409 and the push of such a revision is rejected.

export const REVIEW_STATES = ["submitted", "approved", "returned", "superseded"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS_VI: Record<ReviewState, string> = {
  submitted: "Chờ duyệt",
  approved: "Đã duyệt",
  returned: "Trả lại để sửa",
  superseded: "Đã thay bằng bản sửa",
};

export type ReviewMove = "approve" | "return" | "supersede";

const MOVES: Record<ReviewState, Partial<Record<ReviewMove, ReviewState>>> = {
  submitted: { approve: "approved", return: "returned", supersede: "superseded" },
  returned: { supersede: "superseded" },
  approved: {},
  superseded: {},
};

export type ReviewTransition = { ok: true; to: ReviewState } | { ok: false; message: string };

const REFUSALS_VI: Record<ReviewState, string> = {
  submitted: "",
  approved: "Biên bản đã được duyệt; không thể duyệt lại, trả lại hay sửa đổi",
  returned: "Biên bản đã bị trả lại; chờ Chấp hành viên gửi bản sửa",
  superseded: "Biên bản đã được thay bằng bản sửa; hãy xem xét bản mới nhất",
};

/** The state a move leads to from `from`, or why it is not allowed (a 409 for the API). */
export function reviewTransition(from: ReviewState, move: ReviewMove): ReviewTransition {
  const to = MOVES[from][move];
  return to ? { ok: true, to } : { ok: false, message: REFUSALS_VI[from] || "Thao tác không hợp lệ với trạng thái hiện tại" };
}

/** Records still waiting for a decision: the queue's default view. */
export function isAwaitingDecision(state: ReviewState): boolean {
  return state === "submitted";
}
