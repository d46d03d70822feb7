"use client";

import Link from "next/link";
import type { SessionUser } from "@/lib/domain/users";
import { formatDateTimeVi } from "@/lib/domain/dates";
import { routes } from "@/lib/routes";
import { ResultsLink } from "../results/results-link";
import { DeviceStatus } from "../sync/device-status";
import { SyncStatusBar } from "../sync/sync-status-bar";
import { OfflineCaseList } from "./offline-case-list";
import { ReturnedRecords } from "./returned-records";
import { type PullState, useCasePull } from "./use-case-pull";

function pullMessage(state: PullState, lastPulledAt: string | null | undefined): string {
  const since = lastPulledAt ? `cập nhật lúc ${formatDateTimeVi(lastPulledAt)}` : "chưa tải lần nào";
  switch (state.kind) {
    case "pulling":
      return "Đang tải hồ sơ được phân công…";
    case "done":
      return `Đã cập nhật ${state.count} hồ sơ từ máy chủ.`;
    case "offline":
      return `Không có mạng: đang dùng hồ sơ lưu trên máy (${since}).`;
    case "signed_out":
      return `Phiên đăng nhập đã hết hạn: hồ sơ trên máy vẫn dùng được (${since}). Đăng nhập lại để cập nhật.`;
    case "failed":
      return `Không tải được hồ sơ từ máy chủ; đang dùng hồ sơ lưu trên máy (${since}).`;
    case "idle":
      return since;
  }
}

/**
 * The officer's home: records the head returned (first, when there are any), the cases on the phone, their
 * deadlines, and the state of unsynced work.
 */
export function FieldHome({ user }: { user: SessionUser }) {
  const { state, lastPulledAt, pull } = useCasePull(user.id);
  return (
    <div className="flex flex-col gap-4">
      <ReturnedRecords userId={user.id} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" data-testid="pull-status" className="text-sm text-slate-700">
          {pullMessage(state, lastPulledAt)}
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => void pull()}
            disabled={state.kind === "pulling"}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100 disabled:text-slate-400"
          >
            Tải lại hồ sơ
          </button>
          <Link href={routes.outbox} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100">
            Hộp thư đi
          </Link>
          <ResultsLink />
        </div>
      </div>
      <SyncStatusBar user={user} />
      <DeviceStatus userId={user.id} />
      <OfflineCaseList userId={user.id} />
    </div>
  );
}
