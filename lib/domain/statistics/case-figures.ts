import { CaseStatusSchema } from "../case-status-schemas";
import { addDays, reportYearBounds } from "../dates";
import { classifyStatus } from "./classification";

// One case's contribution to the annual results as of a date (domain §2.3), cumulative from 1 October. The
// formulas, spelled out once:
//   tổng thụ lý      = cũ chuyển sang + thụ lý mới
//   phải thi hành    = tổng thụ lý − ủy thác đi (and the other exits: sổ theo dõi riêng, trả lại yêu cầu)
//   phải thi hành    = có điều kiện + chưa có điều kiện
//   có điều kiện     = thi hành xong + đình chỉ + đang thi hành + hoãn điểm c (classification.ts)
//   tỷ lệ về việc    = (xong + đình chỉ) / có điều kiện
//   tỷ lệ về tiền    = (tiền xong + tiền đình chỉ + tiền giảm) / tiền có điều kiện
//   chuyển kỳ sau    = phải thi hành − (xong + đình chỉ)
// A case closed before the year began (xong, đình chỉ, ủy thác đi, sổ theo dõi riêng, trả lại yêu cầu as of
// 30/9 of the previous year) and a case accepted after the as-of date are not in the year at all.

export interface LedgerStatusEvent {
  seq: number;
  status: string;
  ground: string | null;
  decisionDate: string; // ISO date
}

export interface LedgerMoneyEntry {
  kind: "co_dieu_kien" | "thu" | "dinh_chi" | "giam";
  amount: number; // integer đồng
  entryDate: string; // ISO date
}

export interface LedgerCase {
  acceptedDate: string;
  obligationTotal: number; // integer đồng: what the decision orders
  events: readonly LedgerStatusEvent[];
  moneyEntries: readonly LedgerMoneyEntry[];
}

export interface Figures {
  carriedOver: number; // cũ chuyển sang
  newlyAccepted: number; // thụ lý mới
  transferredOut: number; // ủy thác đi
  otherExits: number; // sổ theo dõi riêng, trả lại yêu cầu
  toEnforce: number; // phải thi hành
  withConditions: number; // có điều kiện
  withoutConditions: number; // chưa có điều kiện (incl. hoãn other than c, tạm đình chỉ)
  finished: number; // thi hành xong
  terminated: number; // đình chỉ
  ongoing: number; // đang thi hành
  postponed: number; // hoãn (any ground)
  suspended: number; // tạm đình chỉ
  moneyToEnforce: number;
  moneyWithConditions: number;
  moneyCollected: number;
  moneyTerminated: number;
  moneyReduced: number;
}

export const EMPTY_FIGURES: Figures = {
  carriedOver: 0,
  newlyAccepted: 0,
  transferredOut: 0,
  otherExits: 0,
  toEnforce: 0,
  withConditions: 0,
  withoutConditions: 0,
  finished: 0,
  terminated: 0,
  ongoing: 0,
  postponed: 0,
  suspended: 0,
  moneyToEnforce: 0,
  moneyWithConditions: 0,
  moneyCollected: 0,
  moneyTerminated: 0,
  moneyReduced: 0,
};

const ENDED = new Set(["thi_hanh_xong", "dinh_chi", "uy_thac_di", "so_theo_doi_rieng", "tra_lai_yeu_cau"]);

/** The decision in force on `date`: the latest one decided on or before it (by seq, the order of the file). */
export function statusOn(events: readonly LedgerStatusEvent[], date: string): LedgerStatusEvent | undefined {
  let current: LedgerStatusEvent | undefined;
  for (const event of events) if (event.decisionDate <= date && (!current || event.seq > current.seq)) current = event;
  return current;
}

/** The case's figures for report year `reportYear` as of `asOf` (which should lie in that year). */
export function caseFigures(ledgerCase: LedgerCase, reportYear: number, asOf: string): Figures {
  const { start } = reportYearBounds(reportYear);
  if (ledgerCase.acceptedDate > asOf) return EMPTY_FIGURES;
  const before = statusOn(ledgerCase.events, addDays(start, -1));
  if (before && ENDED.has(before.status)) return EMPTY_FIGURES;
  const figures = { ...EMPTY_FIGURES };
  if (ledgerCase.acceptedDate < start) figures.carriedOver = 1;
  else figures.newlyAccepted = 1;

  const current = statusOn(ledgerCase.events, asOf);
  const status = CaseStatusSchema.safeParse(current?.status ?? "dang_thi_hanh");
  // A case with no decision yet as of the date is being enforced (thụ lý); an unknown status code is a data error
  // the import refuses, so reaching here with one means a bug: count it as being enforced rather than lose it.
  const parsedStatus = status.success ? status.data : "dang_thi_hanh";
  const { statClass } = classifyStatus(parsedStatus, current?.ground ?? null);
  if (statClass === "excluded") {
    if (parsedStatus === "uy_thac_di") figures.transferredOut = 1;
    else figures.otherExits = 1;
    return figures;
  }
  figures.toEnforce = 1;
  figures.moneyToEnforce = ledgerCase.obligationTotal;
  if (parsedStatus === "hoan") figures.postponed = 1;
  if (parsedStatus === "tam_dinh_chi") figures.suspended = 1;
  if (statClass !== "co_dieu_kien") {
    figures.withoutConditions = 1;
    return figures;
  }
  figures.withConditions = 1;
  if (parsedStatus === "thi_hanh_xong") figures.finished = 1;
  else if (parsedStatus === "dinh_chi") figures.terminated = 1;
  else if (parsedStatus === "dang_thi_hanh") figures.ongoing = 1;

  let assessment: LedgerMoneyEntry | undefined;
  for (const entry of ledgerCase.moneyEntries) {
    if (entry.entryDate > asOf) continue;
    if (entry.kind === "co_dieu_kien") {
      if (!assessment || entry.entryDate >= assessment.entryDate) assessment = entry;
      continue;
    }
    if (entry.entryDate < start) continue; // done in an earlier year: already counted there
    if (entry.kind === "thu") figures.moneyCollected += entry.amount;
    else if (entry.kind === "dinh_chi") figures.moneyTerminated += entry.amount;
    else figures.moneyReduced += entry.amount;
  }
  figures.moneyWithConditions = assessment?.amount ?? 0;
  return figures;
}

export function addFigures(a: Figures, b: Figures): Figures {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] += b[key];
  return sum;
}

export function sumFigures(all: readonly Figures[]): Figures {
  return all.reduce(addFigures, EMPTY_FIGURES);
}
