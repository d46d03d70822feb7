import type { ResultCaseKindFilter } from "@/lib/domain/api/result-cases";
import type { FigureKey } from "@/lib/domain/statistics/figure-keys";

// What a list of cases is, in the words of the statistics forms (TT 10/2017), for the list's heading.
export const FIGURE_LABELS_VI: Readonly<Record<FigureKey, string>> = {
  carriedOver: "Việc cũ chuyển sang",
  newlyAccepted: "Việc thụ lý mới",
  transferredOut: "Việc ủy thác đi",
  otherExits: "Việc chuyển sổ theo dõi riêng, trả lại yêu cầu",
  toEnforce: "Việc phải thi hành",
  withConditions: "Việc có điều kiện thi hành",
  withoutConditions: "Việc chưa có điều kiện thi hành",
  finished: "Việc thi hành xong",
  terminated: "Việc đình chỉ thi hành",
  ongoing: "Việc đang thi hành",
  postponed: "Việc hoãn thi hành",
  suspended: "Việc tạm đình chỉ thi hành",
  done: "Việc thi hành xong và đình chỉ",
  carriedForward: "Việc chuyển kỳ sau",
  moneyToEnforce: "Tiền phải thi hành",
  moneyWithConditions: "Tiền có điều kiện thi hành",
  moneyCollected: "Tiền đã thu",
  moneyTerminated: "Tiền đình chỉ thi hành",
  moneyReduced: "Tiền được miễn, giảm",
  moneyDone: "Tiền đã thi hành (xong, đình chỉ, giảm)",
};

export const KIND_FILTER_LABELS_VI: Readonly<Record<ResultCaseKindFilter, string | null>> = {
  all: null,
  chu_dong: "chủ động",
  theo_yeu_cau: "theo yêu cầu",
};
