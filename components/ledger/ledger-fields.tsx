import type { ReactNode } from "react";

const INPUT = "min-h-11 w-full rounded-md border border-slate-400 px-3 py-2 text-base";

/** A labelled control with its inline error, tied by aria-describedby for screen readers. */
export function LedgerField({ id, label, error, children }: { id: string; label: string; error?: string; children: (props: { id: string; className: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode }) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, className: INPUT, "aria-invalid": Boolean(error), "aria-describedby": error ? errorId : undefined })}
      {error ? (
        <p id={errorId} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
