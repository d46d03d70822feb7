"use client";

import type { UnsyncedCounts } from "@/lib/client/db/unsynced-records";
import { unsyncedTotal } from "@/lib/client/db/unsynced-records";
import type { SessionUser } from "@/lib/domain/users";
import { LockdownExport } from "../sync/lockdown-export";
import { Modal } from "../ui/modal";
import type { SignOutEvent, SignOutStep } from "./sign-out-flow";

const SECONDARY = "min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100";
const DANGER = "min-h-11 rounded-md bg-red-800 px-4 text-white hover:bg-red-900";
const PRIMARY = "min-h-11 rounded-md bg-blue-800 px-4 text-white hover:bg-blue-900";

function whatIsUnsent(counts: UnsyncedCounts): string {
  const refused = counts.refused > 0 ? ` (trong đó ${counts.refused} biên bản bị từ chối hoặc xung đột, cần sửa rồi gửi lại)` : "";
  const drafts = counts.drafts > 0 ? ` Ngoài ra còn ${counts.drafts} bản nháp chưa hoàn tất.` : "";
  return `Máy chủ chưa nhận ${unsyncedTotal(counts)} biên bản của bạn${refused}.${drafts}`;
}

/** The sign-out guard's steps (sign-out-flow.ts), in one modal whose content follows the step. */
export function SignOutDialog({ step, dispatch, user }: { step: SignOutStep; dispatch(event: SignOutEvent): void; user: SessionUser }) {
  const cancel = () => dispatch({ type: "cancel" });
  switch (step.kind) {
    case "blocked":
    case "export": {
      const total = unsyncedTotal(step.counts);
      return (
        <Modal title={`Còn ${total} biên bản chưa gửi`} onClose={cancel} testId="sign-out-guard">
          <p data-testid="sign-out-unsynced">{whatIsUnsent(step.counts)}</p>
          <p>Trước khi đăng xuất, hãy kết nối mạng để gửi, hoặc xuất tệp chuyển giao để Chi cục nhập thay.</p>
          {step.kind === "export" ? <LockdownExport user={user} startsOpen /> : null}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={cancel} className={SECONDARY}>
              Ở lại, chưa đăng xuất
            </button>
            {step.kind === "blocked" ? (
              <button type="button" onClick={() => dispatch({ type: "export" })} className={PRIMARY}>
                Xuất tệp chuyển giao
              </button>
            ) : null}
            <button type="button" onClick={() => dispatch({ type: "anyway" })} className={DANGER}>
              Vẫn đăng xuất…
            </button>
          </div>
        </Modal>
      );
    }
    case "confirm-first":
      return (
        <Modal title="Đăng xuất khi chưa gửi biên bản?" onClose={cancel} testId="sign-out-confirm-first">
          <p>
            Sau khi đăng xuất, không ai gửi được {unsyncedTotal(step.counts)} biên bản này cho tới khi chính bạn đăng nhập lại trên máy này. Chúng vẫn nằm
            trên máy, người khác đăng nhập không xem được.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dispatch({ type: "back" })} className={SECONDARY}>
              Quay lại
            </button>
            <button type="button" onClick={() => dispatch({ type: "confirm" })} className={DANGER}>
              Tôi hiểu, tiếp tục
            </button>
          </div>
        </Modal>
      );
    case "confirm-second": {
      const total = unsyncedTotal(step.counts);
      return (
        <Modal title={`Xác nhận lần hai: có thể mất ${total} biên bản`} onClose={cancel} testId="sign-out-confirm-second">
          <p data-testid="sign-out-loss">
            Nếu dữ liệu trình duyệt trên máy này bị xóa trước khi bạn đăng nhập lại — Safari tự xóa dữ liệu của trang chưa được thêm vào Màn hình chính
            sau 7 ngày không dùng, xóa lịch sử duyệt web, cài lại hoặc mất máy — thì {total} biên bản chưa gửi sẽ mất hẳn trên máy này và không khôi phục
            được, trừ những biên bản đã có trong tệp chuyển giao.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dispatch({ type: "back" })} className={SECONDARY}>
              Quay lại
            </button>
            <button type="button" onClick={() => dispatch({ type: "confirm" })} className={DANGER}>
              Đăng xuất, chấp nhận có thể mất {total} biên bản
            </button>
          </div>
        </Modal>
      );
    }
    case "failed":
      return (
        <Modal title="Chưa đăng xuất" onClose={cancel} testId="sign-out-failed">
          <p role="alert">{step.message}</p>
          <div className="flex justify-end">
            <button type="button" onClick={cancel} className={SECONDARY}>
              Đóng
            </button>
          </div>
        </Modal>
      );
    default:
      return null;
  }
}
