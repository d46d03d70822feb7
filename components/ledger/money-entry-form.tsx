"use client";

import { useState, type FormEvent } from "react";
import { postJson } from "@/lib/client/api-client";
import { LedgerWriteResponseSchema, MoneyEntryInputSchema } from "@/lib/domain/api/ledger";
import { MoneyEntryKindSchema, type MoneyEntry } from "@/lib/domain/cases";
import { formatVnd } from "@/lib/domain/money";
import { errorsFromApi, errorsFromIssues, type FormErrors } from "./form-errors";
import { LedgerField } from "./ledger-fields";

export const MONEY_KIND_LABELS_VI: Record<MoneyEntry["kind"], string> = {
  co_dieu_kien: "Xác định số tiền có điều kiện thi hành",
  thu: "Đã thu (một phiếu thu)",
  dinh_chi: "Đình chỉ",
  giam: "Miễn, giảm",
};

/** « 1.529.000.000 » or « 1529000000 » → 1529000000; anything else → NaN, which the schema refuses by name. */
export function parseDong(text: string): number {
  const digits = text.replace(/[.\s]/g, "").replace(/đ$/i, "");
  return /^\d{1,16}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The head records one line of the case's money ledger, in whole đồng. */
export function MoneyEntryForm({ caseId, onSaved }: { caseId: string; onSaved(message: string): void }) {
  const [kind, setKind] = useState<MoneyEntry["kind"]>("thu");
  const [amount, setAmount] = useState("");
  const [date, setDate] = useState("");
  const [reference, setReference] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [isSending, setIsSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = MoneyEntryInputSchema.safeParse({ kind, amount: parseDong(amount), date, reference: reference.trim() || null });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    setIsSending(true);
    const result = await postJson(`/api/cases/${encodeURIComponent(caseId)}/money-entries`, parsed.data, LedgerWriteResponseSchema);
    setIsSending(false);
    if (!result.ok) return setErrors(errorsFromApi(result.error));
    setErrors({});
    setAmount("");
    setReference("");
    onSaved(`Đã ghi sổ: ${MONEY_KIND_LABELS_VI[kind]} ${formatVnd(parsed.data.amount)}.`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="money-form-title" data-testid="money-entry-form" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="money-form-title" className="text-lg font-semibold">Ghi sổ tiền</h2>
      <LedgerField id="money-kind" label="Loại" error={errors.kind}>
        {(props) => (
          <select {...props} value={kind} onChange={(event) => setKind(MoneyEntryKindSchema.parse(event.target.value))}>
            {MoneyEntryKindSchema.options.map((option) => <option key={option} value={option}>{MONEY_KIND_LABELS_VI[option]}</option>)}
          </select>
        )}
      </LedgerField>
      <LedgerField id="money-amount" label="Số tiền (đồng)" error={errors.amount}>
        {(props) => <input {...props} inputMode="numeric" value={amount} onChange={(event) => setAmount(event.target.value)} placeholder="vd. 15.000.000" />}
      </LedgerField>
      <LedgerField id="money-date" label="Ngày" error={errors.date}>
        {(props) => <input {...props} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
      </LedgerField>
      <LedgerField id="money-reference" label="Chứng từ (số biên lai, quyết định…)" error={errors.reference}>
        {(props) => <input {...props} value={reference} onChange={(event) => setReference(event.target.value)} autoComplete="off" />}
      </LedgerField>
      {errors.form ? <p role="alert" className="text-sm text-red-800">{errors.form}</p> : null}
      <button type="submit" disabled={isSending} className="min-h-11 self-start rounded-md bg-blue-800 px-4 text-white hover:bg-blue-900 disabled:opacity-60">
        {isSending ? "Đang ghi…" : "Ghi sổ"}
      </button>
    </form>
  );
}
