"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog around free content (ConfirmDialog is the yes/no case). The native <dialog> traps focus, makes
 * the page behind inert and closes on Escape — here it calls `onClose` instead, so the owner decides.
 */
export function Modal({ title, children, onClose, testId }: { title: string; children: ReactNode; onClose(): void; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto max-h-[90dvh] w-[min(34rem,94vw)] overflow-y-auto rounded-lg p-0 backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-3 p-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
