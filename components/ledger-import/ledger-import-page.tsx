"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { postLedgerFile } from "@/lib/client/ledger-import-api";
import type { SessionUser } from "@/lib/domain/users";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { formatFileSize, importOutcome, tooLargeMessage, type ImportOutcome } from "./import-outcome";
import { LedgerFormatHelp } from "./ledger-format-help";
import { LedgerImportOutcome } from "./ledger-import-outcome";

/** /import/ledger: the head of an office, a leader or an admin imports a CSV file of the national ledger (issue #6). */
export function LedgerImportPage() {
  return <SessionGate>{({ user }) => <LedgerImportScreen user={user} />}</SessionGate>;
}

function LedgerImportScreen({ user }: { user: SessionUser }) {
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Link href={routes.home} className="inline-flex min-h-11 items-center self-start text-blue-800 underline">
        ← Trang chính
      </Link>
      <h1 className="text-2xl font-semibold text-slate-900">Nhập sổ thụ lý từ tệp CSV</h1>
      {user.role === "officer" ? (
        <Alert>Chỉ lãnh đạo Chi cục, lãnh đạo Cục và quản trị hệ thống được nhập sổ thụ lý.</Alert>
      ) : (
        <>
          <p className="text-slate-800">
            Hồ sơ, quyết định và sổ tiền từ Phần mềm Thụ lý được đưa vào sổ thụ lý của ứng dụng, để kết quả thi hành án tính từ đó.
          </p>
          {user.role === "supervisor" ? (
            <Link href={routes.lockdownImport} className="self-start text-sm text-blue-800 underline">
              Nhập tệp chuyển giao biên bản của Chấp hành viên (khi phong tỏa) ở trang khác
            </Link>
          ) : null}
          <LedgerImportForm />
          <LedgerFormatHelp />
        </>
      )}
    </div>
  );
}

interface Sent {
  fileName: string;
  outcome: ImportOutcome;
}

function LedgerImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sent) outcomeHeading.current?.focus();
  }, [sent]);

  function choose(chosen: File | null) {
    setFile(chosen);
    setProblem(chosen ? tooLargeMessage(chosen.size) : null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setProblem("Chọn một tệp CSV để nhập.");
    const tooLarge = tooLargeMessage(file.size);
    if (tooLarge) return setProblem(tooLarge);
    setIsSending(true);
    setProblem(null);
    setSent(null);
    const bytes = await file.arrayBuffer().catch(() => null);
    if (!bytes) {
      setIsSending(false);
      return setProblem("Không đọc được tệp (có thể tệp vừa bị sửa hoặc xóa). Hãy chọn lại tệp.");
    }
    const outcome = importOutcome(await postLedgerFile(bytes));
    setIsSending(false);
    setSent({ fileName: file.name, outcome });
  }

  return (
    <>
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Tệp CSV</span>
          <input
            type="file"
            name="ledger-file"
            accept=".csv,text/csv"
            data-testid="ledger-file-input"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "ledger-file-problem" : "ledger-file-hint"}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
            className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-slate-50 file:px-3"
          />
        </label>
        <p id="ledger-file-hint" className="text-sm text-slate-700" data-testid="ledger-file-info">
          {file ? `Đã chọn: ${file.name} — ${formatFileSize(file.size)}` : "Chưa chọn tệp. Tệp hồ sơ, tệp quyết định hoặc tệp sổ tiền, mỗi lần một tệp."}
        </p>
        {problem ? (
          <p id="ledger-file-problem" role="alert" className="text-sm text-red-800">
            {problem}
          </p>
        ) : null}
        <Button type="submit" disabled={isSending} className="self-start">
          {isSending ? "Đang nhập…" : "Nhập tệp"}
        </Button>
        {isSending ? (
          <p role="status" className="text-sm text-slate-700">
            Đang kiểm tra và nhập tệp; tệp lớn có thể mất vài phút.
          </p>
        ) : null}
      </form>
      {sent ? <LedgerImportOutcome outcome={sent.outcome} fileName={sent.fileName} headingRef={outcomeHeading} /> : null}
    </>
  );
}
