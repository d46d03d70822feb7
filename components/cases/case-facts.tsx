import type { CaseDetail } from "@/lib/domain/api/cases";
import { STATUS_LABELS_VI } from "@/lib/domain/case-status";
import { totalMoneyObligation } from "@/lib/domain/case-money";
import { formatDateVi } from "@/lib/domain/dates";
import { formatVnd } from "@/lib/domain/money";
import type { Party } from "@/lib/domain/parties";
import { partyName } from "@/lib/domain/party-name";

const MONEY_ENTRY_LABELS = { co_dieu_kien: "Xác định có điều kiện", thu: "Đã thu", dinh_chi: "Đình chỉ", giam: "Miễn, giảm" } as const;

function PartyFacts({ role, party }: { role: string; party: Party }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{role}</dt>
      <dd>
        <span className="font-medium">{partyName(party)}</span>
        {party.type === "person" && party.identity ? <span className="block text-sm">Số {party.identity.kind === "dinh_danh" ? "định danh" : "CMND"}: {party.identity.number}</span> : null}
        {party.type === "organization" && party.enterpriseCode ? <span className="block text-sm">Mã số doanh nghiệp: {party.enterpriseCode}</span> : null}
        <span className="block text-sm text-slate-700">{party.address.asWritten}</span>
      </dd>
    </div>
  );
}

/** Parties, judgment, obligations, status history and money ledger of a case, read-only. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const item = detail.case;
  return (
    <>
      <section aria-labelledby="parties-title" className="rounded-md border border-slate-200 bg-white p-3">
        <h2 id="parties-title" className="mb-2 font-semibold">Đương sự</h2>
        <dl className="grid gap-3 sm:grid-cols-2">
          <PartyFacts role="Người phải thi hành án" party={item.debtor} />
          <PartyFacts role="Người được thi hành án" party={item.creditor} />
        </dl>
        <p className="mt-2 text-sm">
          Bản án, quyết định số {item.judgment.number} ngày {formatDateVi(item.judgment.date)} của {item.judgment.court}
        </p>
      </section>
      <section aria-labelledby="obligations-title" className="rounded-md border border-slate-200 bg-white p-3">
        <h2 id="obligations-title" className="mb-2 font-semibold">Nghĩa vụ thi hành án</h2>
        <ul className="list-disc pl-5">
          {item.obligations.money.map((o, index) => (
            <li key={`m${index}`}>{o.description}: {formatVnd(o.amount)}</li>
          ))}
          {item.obligations.nonMoney.map((text, index) => (
            <li key={`n${index}`}>{text}</li>
          ))}
        </ul>
        {item.obligations.money.length > 0 ? <p className="mt-1 font-medium">Tổng số tiền: {formatVnd(totalMoneyObligation(item.obligations))}</p> : null}
        {detail.moneyEntries.length > 0 ? (
          <ul className="mt-2 text-sm text-slate-800">
            {detail.moneyEntries.map((entry, index) => (
              <li key={index}>
                {formatDateVi(entry.date)} · {MONEY_ENTRY_LABELS[entry.kind]}: {formatVnd(entry.amount)}
                {entry.reference ? ` (${entry.reference})` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="history-title" className="rounded-md border border-slate-200 bg-white p-3">
        <h2 id="history-title" className="mb-2 font-semibold">Quá trình thi hành án</h2>
        <ol className="flex flex-col gap-1 text-sm">
          {item.statusHistory.map((entry, index) => (
            <li key={index}>
              {formatDateVi(entry.decisionDate)} · {STATUS_LABELS_VI[entry.status]}
              {entry.ground ? ` (điểm ${entry.ground === "dd" ? "đ" : entry.ground})` : ""} · QĐ {entry.decisionNumber} · {entry.signer}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
