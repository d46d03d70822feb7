"use client";

import { useEffect, useId, useRef } from "react";

interface ImageDialogProps {
  isOpen: boolean;
  src: string;
  alt: string;
  closeLabel: string;
  onClose(): void;
}

/**
 * One image at full size in a modal. The native <dialog> traps focus and closes on Escape (its cancel event);
 * a click on the backdrop closes it too. Focus starts on the close button; the caller returns it to the
 * thumbnail that opened the dialog.
 */
export function ImageDialog({ isOpen, src, alt, closeLabel, onClose }: ImageDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const captionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={captionId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className="m-auto max-h-[95dvh] max-w-[95vw] rounded-lg bg-white p-0 backdrop:bg-slate-900/80"
    >
      <div className="flex flex-col gap-2 p-2">
        <div className="flex items-start justify-between gap-2">
          <p id={captionId} className="px-2 py-2 text-sm text-slate-800">
            {alt}
          </p>
          <button type="button" autoFocus onClick={onClose} className="min-h-11 shrink-0 rounded-md border border-slate-300 px-4 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700">
            {closeLabel}
          </button>
        </div>
        {isOpen ? (
          // The bytes come from an authenticated API route: next/image would fetch them from its optimiser
          // on the server, without the user's session cookie, and get a 401.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={src} alt={alt} className="max-h-[80dvh] w-auto max-w-full object-contain" />
        ) : null}
      </div>
    </dialog>
  );
}
