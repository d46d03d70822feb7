"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import type { BulkRun } from "./use-bulk-approve";

interface BulkApproveBarProps {
  selected: ReadonlyMap<string, string>; // id → « QĐ … · người phải THA »
  bulk: BulkRun;
}

/** « Duyệt N biên bản đã chọn », its confirmation, and the progress while the decisions are sent. */
export function BulkApproveBar({ selected, bulk }: BulkApproveBarProps) {
  const [isAsking, setIsAsking] = useState(false);
  const count = selected.size;
  const isRunning = bulk.progress !== null;

  function confirm() {
    setIsAsking(false);
    void bulk.run([...selected.keys()], new Map(selected));
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" disabled={count === 0 || isRunning} onClick={() => setIsAsking(true)} data-testid="bulk-approve">
        {`Duyệt ${count} biên bản đã chọn`}
      </Button>
      {bulk.progress ? (
        <p role="status" data-testid="bulk-progress" className="text-slate-800">
          Đang duyệt {bulk.progress.done}/{bulk.progress.total}…
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={isAsking}
        title={`Duyệt ${count} biên bản?`}
        confirmLabel={`Duyệt ${count} biên bản`}
        cancelLabel="Hủy"
        onConfirm={confirm}
        onCancel={() => setIsAsking(false)}
      >
        <p>Biên bản đã duyệt trở thành một phần của hồ sơ thi hành án và không thể trả lại hay sửa đổi.</p>
        <ul className="mt-2 max-h-48 list-disc overflow-y-auto pl-5 text-sm">
          {[...selected.values()].map((label, index) => (
            <li key={index}>{label}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </div>
  );
}
