import "server-only";
import { formatDateVi } from "@/lib/domain/dates";
import type { CaseImportRow } from "@/lib/domain/import/case-row";
import { formatVnd } from "@/lib/domain/money";
import { PartySchema, type Party } from "@/lib/domain/parties";
import type { CaseRow, ObligationRow } from "./ledger-lookups";

// A case row of the file whose case is already in the ledger must say the same thing: the import adds, it never
// edits (a correction of a QĐTHA is a new decision, not an overwrite). The assigned officer is not compared: the
// assignment is managed in the app after the import, and a re-export from before it must still import cleanly.

type Difference = { column: string; stored: string };

function partyFacts(party: Party | null) {
  if (!party) return { loai: "?", ten: "?", giayTo: "?", diaChi: "?" };
  const giayTo = party.type === "person" ? (party.identity?.number ?? "") : (party.enterpriseCode ?? "");
  return { loai: party.type === "person" ? "ca_nhan" : "to_chuc", ten: party.type === "person" ? party.fullName : party.name, giayTo, diaChi: party.address.asWritten };
}

function partyDifferences(prefix: "phai" | "duoc", stored: unknown, imported: Party): Difference[] {
  const parsed = PartySchema.safeParse(stored);
  const was = partyFacts(parsed.success ? parsed.data : null);
  const now = partyFacts(imported);
  const out: Difference[] = [];
  if (was.loai !== now.loai) out.push({ column: `loai_nguoi_${prefix}_thi_hanh`, stored: was.loai });
  if (was.ten !== now.ten) out.push({ column: `nguoi_${prefix}_thi_hanh`, stored: was.ten });
  if (was.giayTo !== now.giayTo) out.push({ column: `giay_to_nguoi_${prefix}_thi_hanh`, stored: was.giayTo || "(trống)" });
  if (was.diaChi !== now.diaChi) out.push({ column: `dia_chi_nguoi_${prefix}_thi_hanh`, stored: was.diaChi });
  return out;
}

/** The columns of `row` that disagree with the stored case, each with the stored value to show. */
export function caseDifferences(stored: CaseRow, obligations: readonly ObligationRow[], row: CaseImportRow): Difference[] {
  const out: Difference[] = [];
  const compare = (column: string, was: string, now: string, show: (value: string) => string = (value) => value) => {
    if (was !== now) out.push({ column, stored: show(was) });
  };
  compare("so_qd_thi_hanh", stored.decisionNumber, row.decisionNumber);
  compare("ngay_qd", stored.decisionDate, row.decisionDate, formatDateVi);
  compare("ngay_thu_ly", stored.acceptedDate, row.acceptedDate, formatDateVi);
  compare("loai_viec", stored.kind, row.kind);
  compare("so_ban_an", stored.judgmentNumber, row.judgment.number);
  compare("ngay_ban_an", stored.judgmentDate, row.judgment.date, formatDateVi);
  compare("toa_an", stored.judgmentCourt, row.judgment.court);
  out.push(...partyDifferences("phai", stored.debtor, row.debtor), ...partyDifferences("duoc", stored.creditor, row.creditor));
  const total = obligations.reduce((sum, line) => sum + line.amount, 0);
  compare("so_tien_phai_thi_hanh", String(total), String(row.money?.amount ?? 0), (value) => formatVnd(Number(value)));
  const [only] = obligations;
  if (row.money && obligations.length === 1 && only) compare("noi_dung_nghia_vu", only.description, row.money.description);
  const storedNonMoney = Array.isArray(stored.nonMoneyObligations) ? stored.nonMoneyObligations.map(String) : [];
  if (JSON.stringify(storedNonMoney) !== JSON.stringify(row.nonMoney)) out.push({ column: "nghia_vu_khac", stored: storedNonMoney.join("; ") || "(trống)" });
  return out;
}
