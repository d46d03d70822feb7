"use client";

import { getSession, signIn } from "next-auth/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { saveDeviceSession } from "@/lib/client/db/device-session";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { requestSync } from "@/lib/client/sync/sync-request";
import { SessionUserSchema } from "@/lib/domain/users";

/**
 * Signing in again in place when the server says the session expired: the page (an open form included) stays
 * as it is, nothing on the device is touched, and sync resumes. Only the device's own user can sign in here;
 * another person signs in from the login page, and this user's records wait for them.
 */
export function SignInAgainDialog({ username, isOpen, onClose }: { username: string; isOpen: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (isOpen && dialog && !dialog.open) dialog.showModal();
    if (!isOpen && dialog?.open) dialog.close();
  }, [isOpen]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const result = await signIn("credentials", { username, password, redirect: false });
      if (!result?.ok || result.error) {
        setError(!result?.error || result.error === "CredentialsSignin" ? "Mật khẩu không đúng." : result.error);
        return;
      }
      const user = SessionUserSchema.safeParse((await getSession())?.user);
      if (user.success) await saveDeviceSession(fieldDatabase(), user.data);
      setPassword("");
      onClose();
      requestSync();
    } catch {
      setError("Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.");
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={onClose} className="m-auto w-[min(28rem,92vw)] rounded-lg p-0 backdrop:bg-slate-900/50">
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3 p-4">
        <h2 id={titleId} className="text-lg font-semibold">Đăng nhập lại để gửi biên bản</h2>
        <p className="text-sm text-slate-700">Phiên đăng nhập của {username} đã hết hạn. Mọi dữ liệu trên máy vẫn còn nguyên.</p>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Mật khẩu</span>
          <input type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} className="min-h-11 rounded-md border border-slate-400 px-3 text-base" required />
        </label>
        {error ? <p role="alert" className="text-sm text-red-800">{error}</p> : null}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="min-h-11 rounded-md border border-slate-300 px-4">Để sau</button>
          <button type="submit" disabled={isBusy || password === ""} className="min-h-11 rounded-md bg-blue-800 px-4 text-white disabled:bg-slate-400">
            {isBusy ? "Đang đăng nhập…" : "Đăng nhập"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
