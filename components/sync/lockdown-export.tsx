"use client";

import { useState, type FormEvent } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { MIN_PASSPHRASE_LENGTH } from "@/lib/client/lockdown/passphrase-rules";
import type { SessionUser } from "@/lib/domain/users";

/** Lockdown hand-over: the unsent records in one encrypted file, for the office to import when the phone cannot sync. */
export function LockdownExport({ user, startsOpen = false }: { user: SessionUser; startsOpen?: boolean }) {
  const [isOpen, setIsOpen] = useState(startsOpen);
  const [passphrase, setPassphrase] = useState("");
  const [again, setAgain] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== again) return setMessage({ tone: "error", text: "Hai lần nhập mật khẩu không khớp" });
    setIsBusy(true);
    setMessage(null);
    // The export (encryption, the record schemas, zod) loads when it is asked for (issue #7: first-load JS).
    const { exportPendingRecords } = await import("@/lib/client/lockdown/export-pending");
    const result = await exportPendingRecords(fieldDatabase(), user, passphrase);
    setIsBusy(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.error });
    const url = URL.createObjectURL(result.file);
    const link = document.createElement("a");
    link.href = url;
    link.download = result.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setPassphrase("");
    setAgain("");
    setMessage({ tone: "info", text: `Đã xuất ${result.count} biên bản vào tệp ${result.fileName}. Gửi tệp cho Chi cục và báo mật khẩu qua điện thoại; biên bản vẫn ở trên máy cho tới khi gửi được.` });
  }

  return (
    <section aria-labelledby="lockdown-title" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="lockdown-title" className="font-semibold">Chuyển giao khi không có mạng</h2>
      <p className="text-sm text-slate-700">Khi không đồng bộ được nhiều ngày, xuất các biên bản chờ gửi thành một tệp mã hóa để Chi cục nhập thay.</p>
      {isOpen ? (
        <form onSubmit={(event) => void submit(event)} className="mt-2 flex flex-col gap-2">
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Mật khẩu tệp (ít nhất {MIN_PASSPHRASE_LENGTH} ký tự)</span>
            <input type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} className="min-h-11 rounded-md border border-slate-400 px-3 text-base" />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Nhập lại mật khẩu tệp</span>
            <input type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} className="min-h-11 rounded-md border border-slate-400 px-3 text-base" />
          </label>
          <div className="flex gap-2">
            <button type="submit" disabled={isBusy} className="min-h-11 rounded-md bg-blue-800 px-4 text-white disabled:bg-slate-400">
              {isBusy ? "Đang mã hóa…" : "Xuất tệp chuyển giao"}
            </button>
            <button type="button" onClick={() => setIsOpen(false)} className="min-h-11 rounded-md border border-slate-300 px-4">Đóng</button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setIsOpen(true)} className="mt-2 min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100">
          Xuất tệp chuyển giao…
        </button>
      )}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`mt-2 text-sm ${message.tone === "error" ? "text-red-800" : "text-green-900"}`}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
