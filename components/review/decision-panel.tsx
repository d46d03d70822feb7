"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { postDecision } from "@/lib/client/review-api";
import type { ReviewDecisionResponse } from "@/lib/domain/api/review";
import type { ReviewDecision } from "@/lib/domain/review/review-schemas";
import { routes } from "@/lib/routes";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { fieldErrorsOf, apiErrorMessage } from "./problem-text";
import { type ReasonErrors, reasonErrorsFromServer } from "./return-reason";
import { ReturnForm } from "./return-form";

type Mode = "idle" | "confirming" | "returning";

/** « Duyệt » or « Trả lại », for the head of the record's office while the record waits for a decision. */
export function DecisionPanel({ recordId, onDecided }: { recordId: string; onDecided(response: ReviewDecisionResponse): void }) {
  const router = useRouter();
  const headingId = useId();
  const formId = useId();
  const [mode, setMode] = useState<Mode>("idle");
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<ReasonErrors>({});

  async function send(decision: ReviewDecision) {
    setIsSending(true);
    setError(null);
    setServerErrors({});
    const result = await postDecision(recordId, decision);
    setIsSending(false);
    if (result.ok) {
      setMode("idle");
      onDecided(result.data);
      return;
    }
    if (result.error.kind === "unauthenticated") return router.replace(routes.login);
    const fields = result.error.kind === "problem" ? reasonErrorsFromServer(fieldErrorsOf(result.error.problem, "body.reason")) : {};
    setServerErrors(fields);
    // A 400 whose every error sits next to its field needs no second message; a 409 says why in `detail`.
    if (Object.keys(fields).length === 0) setError(apiErrorMessage(result.error));
  }

  return (
    <section id="decision" aria-labelledby={headingId} data-testid="decision-panel" className="flex flex-col gap-3 rounded-lg border-2 border-blue-800 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Quyết định duyệt
      </h2>
      <p className="text-sm text-slate-700">Duyệt: biên bản trở thành một phần của hồ sơ. Trả lại: Chấp hành viên sửa và gửi bản sửa để duyệt lại.</p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={isSending} onClick={() => setMode("confirming")} data-testid="approve-button">
          {isSending && mode !== "returning" ? "Đang gửi…" : "Duyệt"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={isSending}
          aria-expanded={mode === "returning"}
          aria-controls={formId}
          onClick={() => setMode(mode === "returning" ? "idle" : "returning")}
          data-testid="return-button"
        >
          Trả lại
        </Button>
      </div>
      {error ? (
        <div data-testid="decision-error">
          <Alert>{error}</Alert>
        </div>
      ) : null}
      <div id={formId}>
        {mode === "returning" ? (
          <ReturnForm isSending={isSending} serverErrors={serverErrors} onSubmit={(reason) => void send({ decision: "return", reason })} onCancel={() => setMode("idle")} />
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={mode === "confirming"}
        title="Duyệt biên bản này?"
        confirmLabel="Duyệt biên bản"
        cancelLabel="Hủy"
        onConfirm={() => {
          setMode("idle");
          void send({ decision: "approve" });
        }}
        onCancel={() => setMode("idle")}
      >
        Biên bản đã duyệt trở thành một phần của hồ sơ thi hành án và không thể trả lại hay sửa đổi.
      </ConfirmDialog>
    </section>
  );
}
