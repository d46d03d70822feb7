"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { type ImportError, importLockdownFile, type ImportSummary } from "@/lib/client/lockdown/import-lockdown";
import { routes } from "@/lib/routes";
import { SessionGate } from "../session/session-gate";

const ERRORS: Record<ImportError["kind"], string> = {
  not_a_lockdown_file: "Tệp này không phải tệp chuyển giao của Tác nghiệp THADS.",
  wrong_passphrase_or_damaged: "Sai mật khẩu, hoặc tệp đã bị hỏng, sửa đổi.",
  invalid_contents: "Nội dung tệp không hợp lệ.",
  transport: "Không gửi được lên máy chủ (mạng hoặc phiên đăng nhập). Thử lại: nhập lại cùng tệp không tạo bản trùng.",
};

/** /import: a supervisor imports an officer's lockdown hand-over file through the normal sync path. */
export function LockdownImportPage() {
  return <SessionGate>{() => <LockdownImport />}</SessionGate>;
}

function LockdownImport() {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState("");
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError("Chọn tệp chuyển giao");
    setIsBusy(true);
    setError(null);
    setSummary(null);
    const result = await importLockdownFile(await file.text(), passphrase, fetch);
    setIsBusy(false);
    if (result.ok) setSummary(result.summary);
    else setError(ERRORS[result.error.kind]);
  }

  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">Nhập tệp chuyển giao</h1>
      <p className="text-slate-700">Biên bản trong tệp được gửi lên như khi điện thoại đồng bộ; nhập cùng một tệp hai lần không tạo bản trùng.</p>
      <Link href={routes.ledgerImport} className="self-start text-sm text-blue-800 underline">
        Nhập sổ thụ lý từ Phần mềm Thụ lý (tệp CSV) ở trang khác
      </Link>
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Tệp chuyển giao</span>
          <input type="file" accept=".json,application/json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} className="min-h-11" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Mật khẩu tệp</span>
          <input type="password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} className="min-h-11 rounded-md border border-slate-400 px-3 text-base" />
        </label>
        <button type="submit" disabled={isBusy} className="min-h-11 self-start rounded-md bg-blue-800 px-4 text-white disabled:bg-slate-400">
          {isBusy ? "Đang nhập…" : "Nhập tệp"}
        </button>
      </form>
      {error ? <p role="alert" className="text-red-800">{error}</p> : null}
      {summary ? (
        <section role="status" data-testid="import-summary" className="rounded-md border border-green-300 bg-green-50 p-3">
          <p className="font-semibold">Biên bản của {summary.author.name} ({summary.author.username})</p>
          <p>Mới nhận: {summary.applied} · Đã có từ trước: {summary.duplicate} · Bị từ chối: {summary.rejected.length} · Xung đột: {summary.conflict.length}</p>
          {[...summary.rejected, ...summary.conflict].map((item) => (
            <p key={item.id} className="text-sm text-red-900">{item.id}: {item.message}</p>
          ))}
        </section>
      ) : null}
    </div>
  );
}
