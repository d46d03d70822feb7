"use client";

import { useState, type FormEvent } from "react";
import { postJson } from "@/lib/client/api-client";
import { CaseDecisionInputSchema, LedgerWriteResponseSchema } from "@/lib/domain/api/ledger";
import { STATUS_LABELS_VI, type CaseStatus } from "@/lib/domain/case-status";
import { CaseStatusSchema } from "@/lib/domain/case-status-schemas";
import { errorsFromApi, errorsFromIssues, type FormErrors } from "./form-errors";
import { LedgerField } from "./ledger-fields";

// Grounds by status: chưa có điều kiện Đ.44a k.1 (a, b, c); hoãn Đ.48 k.1 (a … h, "dd" is đ).
const GROUNDS: Partial<Record<CaseStatus, { value: string; label: string }[]>> = {
  chua_co_dieu_kien: [
    { value: "a", label: "a) Không có thu nhập hoặc tài sản" },
    { value: "b", label: "b) Tài sản, vật phải trả không còn" },
    { value: "c", label: "c) Chưa xác định được địa chỉ" },
  ],
  hoan: ["a", "b", "c", "d", "dd", "e", "g", "h"].map((value) => ({ value, label: `Điểm ${value === "dd" ? "đ" : value} khoản 1 Điều 48` })),
};

/** The head records a status decision on the case; the server keeps the history in order. */
export function DecisionForm({ caseId, onSaved }: { caseId: string; onSaved(message: string): void }) {
  const [status, setStatus] = useState<CaseStatus>("chua_co_dieu_kien");
  const [ground, setGround] = useState("a");
  const [decisionNumber, setDecisionNumber] = useState("");
  const [decisionDate, setDecisionDate] = useState("");
  const [signer, setSigner] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [isSending, setIsSending] = useState(false);
  const grounds = GROUNDS[status] ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = CaseDecisionInputSchema.safeParse({ status, ground: grounds.length > 0 ? ground : null, decisionNumber, decisionDate, signer });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    setIsSending(true);
    const result = await postJson(`/api/cases/${encodeURIComponent(caseId)}/decisions`, parsed.data, LedgerWriteResponseSchema);
    setIsSending(false);
    if (!result.ok) return setErrors(errorsFromApi(result.error));
    setErrors({});
    setDecisionNumber("");
    onSaved(`Đã ghi quyết định: ${STATUS_LABELS_VI[status]}${result.data.resolvedDecisionsNeeded > 0 ? " — đã xử lý mục « cần ra quyết định »" : ""}.`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="decision-form-title" data-testid="decision-form" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="decision-form-title" className="text-lg font-semibold">Ghi quyết định</h2>
      <LedgerField id="decision-status" label="Trạng thái theo quyết định" error={errors.status}>
        {(props) => (
          <select {...props} value={status} onChange={(event) => { const next = CaseStatusSchema.parse(event.target.value); setStatus(next); setGround(GROUNDS[next]?.[0]?.value ?? ""); }}>
            {CaseStatusSchema.options.map((option) => <option key={option} value={option}>{STATUS_LABELS_VI[option]}</option>)}
          </select>
        )}
      </LedgerField>
      {grounds.length > 0 ? (
        <LedgerField id="decision-ground" label="Căn cứ" error={errors.ground}>
          {(props) => <select {...props} value={ground} onChange={(event) => setGround(event.target.value)}>{grounds.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}</select>}
        </LedgerField>
      ) : null}
      <LedgerField id="decision-number" label="Số quyết định (vd. 123/QĐ-CCTHADS)" error={errors.decisionNumber}>
        {(props) => <input {...props} value={decisionNumber} onChange={(event) => setDecisionNumber(event.target.value)} autoComplete="off" />}
      </LedgerField>
      <LedgerField id="decision-date" label="Ngày quyết định" error={errors.decisionDate}>
        {(props) => <input {...props} type="date" value={decisionDate} onChange={(event) => setDecisionDate(event.target.value)} />}
      </LedgerField>
      <LedgerField id="decision-signer" label="Người ký" error={errors.signer}>
        {(props) => <input {...props} value={signer} onChange={(event) => setSigner(event.target.value)} autoComplete="name" />}
      </LedgerField>
      {errors.form ? <p role="alert" className="text-sm text-red-800">{errors.form}</p> : null}
      <button type="submit" disabled={isSending} className="min-h-11 self-start rounded-md bg-blue-800 px-4 text-white hover:bg-blue-900 disabled:opacity-60">
        {isSending ? "Đang ghi…" : "Ghi quyết định"}
      </button>
    </form>
  );
}
