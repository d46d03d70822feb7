"use client";

import type { SaveState } from "./use-draft-writer";

function clock(iso: string): string {
  return new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }).format(new Date(iso));
}

/** Tells the officer, politely, that what they typed is on the phone. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  return (
    <p aria-live="polite" data-testid="save-status" className={`text-sm ${state.kind === "failed" ? "text-red-800" : "text-slate-700"}`}>
      {state.kind === "saving" ? "Đang lưu…" : null}
      {state.kind === "saved" ? (state.at ? `Đã lưu bản nháp trên máy lúc ${clock(state.at)}` : "Bản nháp được lưu trên máy khi bạn nhập") : null}
      {state.kind === "frozen" ? "Biên bản đã hoàn tất, không sửa được nữa." : null}
      {state.kind === "failed" ? (
        <>
          {state.message}{" "}
          <button type="button" onClick={onRetry} className="underline">
            Thử lưu lại
          </button>
        </>
      ) : null}
    </p>
  );
}
