"use client";

import { useLiveQuery } from "dexie-react-hooks";
import dynamic from "next/dynamic";
import { useState } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { requestSync } from "@/lib/client/sync/sync-request";
import { IDLE_STATUS, readSyncStatus, type SyncStatus } from "@/lib/client/sync/sync-status";
import { formatDateTimeVi } from "@/lib/domain/dates";
import type { SessionUser } from "@/lib/domain/users";

// Needed only when the session has expired, and it brings next-auth's client: loaded when first opened.
const SignInAgainDialog = dynamic(() => import("./sign-in-again-dialog").then((module) => module.SignInAgainDialog), { ssr: false });

function describe(status: SyncStatus): string {
  const last = status.lastSuccessAt ? `Đồng bộ thành công lần cuối lúc ${formatDateTimeVi(status.lastSuccessAt)}.` : "Chưa đồng bộ lần nào.";
  if (status.isRunning) return "Đang đồng bộ…";
  switch (status.problem) {
    case "offline":
      return `Không có mạng: biên bản chờ gửi vẫn an toàn trên máy${status.nextAttemptAt ? `, sẽ thử lại lúc ${formatDateTimeVi(status.nextAttemptAt)}` : ""}. ${last}`;
    case "signed_out":
      return `Phiên đăng nhập đã hết hạn: đăng nhập lại để gửi biên bản. ${last}`;
    case "update_required":
      return `Máy chủ yêu cầu cập nhật ứng dụng: tải lại trang khi có mạng để cập nhật. ${last}`;
    case "server":
      return `Máy chủ đang lỗi, sẽ thử lại${status.nextAttemptAt ? ` lúc ${formatDateTimeVi(status.nextAttemptAt)}` : ""}. ${last}`;
    case null:
      return last;
  }
}

/** The state of sync in one line, the *Đồng bộ ngay* button, and signing in again in place when needed. */
export function SyncStatusBar({ user }: { user: SessionUser }) {
  const status = useLiveQuery(() => readSyncStatus(fieldDatabase(), user.id), [user.id]) ?? IDLE_STATUS;
  const [isSigningIn, setIsSigningIn] = useState(false);
  // Stays mounted once opened, so that closing it gives the focus back to the button (the dialog element does).
  const [wasSigningIn, setWasSigningIn] = useState(false);
  const openSignIn = () => {
    setWasSigningIn(true);
    setIsSigningIn(true);
  };
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      {/* Two lines reserved on a phone: "Đang đồng bộ…" and the usual "last synced at" line must not move the
          page below each time a sync runs (layout shift, issue #7). */}
      <p role="status" data-testid="sync-status" className={`min-h-10 basis-full sm:min-h-0 sm:basis-auto ${status.problem && status.problem !== "offline" ? "text-red-800" : "text-slate-800"}`}>
        {describe(status)}
      </p>
      <div className="flex gap-2">
        {status.problem === "signed_out" ? (
          <button type="button" onClick={openSignIn} className="min-h-11 rounded-md bg-blue-800 px-3 text-white">
            Đăng nhập lại
          </button>
        ) : null}
        <button type="button" onClick={requestSync} disabled={status.isRunning} className="min-h-11 rounded-md border border-slate-300 px-3 hover:bg-slate-100 disabled:text-slate-400">
          Đồng bộ ngay
        </button>
      </div>
      {wasSigningIn ? <SignInAgainDialog username={user.username} isOpen={isSigningIn} onClose={() => setIsSigningIn(false)} /> : null}
    </div>
  );
}
