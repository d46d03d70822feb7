"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: "primary" | "danger";
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question before anything that cannot be undone. The native <dialog> gives focus trapping, Escape to
 * cancel and the inert background for free, and screen readers announce it as a dialog.
 */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, cancelLabel, tone = "primary", onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  const confirmStyle = tone === "danger" ? "bg-red-800 hover:bg-red-900" : "bg-blue-800 hover:bg-blue-900";
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(32rem,92vw)] rounded-lg p-0 backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-3 p-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="text-slate-800">{children}</div>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100">
            {cancelLabel}
          </button>
          <button type="button" onClick={onConfirm} className={`min-h-11 rounded-md px-4 text-white ${confirmStyle}`}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
