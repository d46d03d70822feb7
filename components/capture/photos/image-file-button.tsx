"use client";

import type { ChangeEvent } from "react";

interface ImageFileButtonProps {
  label: string;
  /** Opens the rear camera directly on phones; without it the gallery/file picker opens. */
  isCamera?: boolean;
  isMultiple?: boolean;
  isDisabled?: boolean;
  onFiles(files: File[]): void;
}

/** A button-looking label around a visually hidden file input, so the input keeps its label and focus. */
export function ImageFileButton({ label, isCamera = false, isMultiple = false, isDisabled = false, onFiles }: ImageFileButtonProps) {
  function change(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ""; // the same photo can be picked again after a removal
    if (files.length > 0) onFiles(files);
  }
  return (
    <label
      className={`inline-flex min-h-11 cursor-pointer items-center justify-center rounded-md border px-4 font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-700 ${isDisabled ? "cursor-not-allowed border-slate-300 text-slate-400" : "border-blue-800 text-blue-800 hover:bg-blue-50"}`}
    >
      <input type="file" accept="image/*" capture={isCamera ? "environment" : undefined} multiple={isMultiple} disabled={isDisabled} onChange={change} className="sr-only" />
      {label}
    </label>
  );
}
