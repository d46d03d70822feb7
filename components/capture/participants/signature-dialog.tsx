"use client";

import { useEffect, useId, useRef, useState } from "react";
import type SignaturePad from "signature_pad";
import type { MediaPort } from "../record-form-contract";
import { PARTICIPANT_TEXT } from "./participant-text";

const TEXT = PARTICIPANT_TEXT.dialog;

// Sharper than 2× adds bytes, not legibility, to a signature printed a few centimetres wide.
function fitCanvas(canvas: HTMLCanvasElement): void {
  const ratio = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2);
  canvas.width = Math.round(canvas.offsetWidth * ratio);
  canvas.height = Math.round(canvas.offsetHeight * ratio);
  canvas.getContext("2d")?.scale(ratio, ratio);
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

interface SignatureDialogProps {
  signerName: string;
  media: MediaPort;
  onSaved(sha256: string): void;
  onCancel(): void;
}

/**
 * A modal signing pad (native <dialog>: focus trap, Escape, inert page). signature_pad is imported only when
 * the dialog opens, so it stays out of the first-load bundle. Drawn with a finger, a stylus or a mouse.
 */
export function SignatureDialog({ signerName, media, onSaved, onCancel }: SignatureDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "saving" | "failed">("loading");
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    let isActive = true;
    let onResize: (() => void) | null = null;
    import("signature_pad")
      .then(({ default: Pad }) => {
        const canvas = canvasRef.current;
        if (!isActive || !canvas) return;
        fitCanvas(canvas);
        const pad = new Pad(canvas, { backgroundColor: "rgb(255, 255, 255)", penColor: "rgb(15, 23, 42)", minWidth: 1, maxWidth: 3 });
        pad.addEventListener("beginStroke", () => setProblem(null));
        padRef.current = pad;
        // Turning the phone resizes the canvas, which wipes it: redraw the strokes at the new size.
        onResize = () => {
          const strokes = pad.toData();
          fitCanvas(canvas);
          pad.fromData(strokes);
        };
        window.addEventListener("resize", onResize);
        setStatus("ready");
      })
      .catch(() => {
        if (isActive) setStatus("failed");
      });
    return () => {
      isActive = false;
      if (onResize) window.removeEventListener("resize", onResize);
      padRef.current?.off();
      padRef.current = null;
    };
  }, []);

  function clear() {
    padRef.current?.clear();
    setProblem(null);
  }

  async function save() {
    const pad = padRef.current;
    const canvas = canvasRef.current;
    if (!pad || !canvas) return;
    if (pad.isEmpty()) {
      setProblem(TEXT.empty);
      return;
    }
    setStatus("saving");
    const png = await canvasToPng(canvas);
    const result = png ? await media.addSignature(png) : { ok: false as const, error: TEXT.imageFailed };
    if (result.ok) {
      onSaved(result.sha256);
      return;
    }
    setProblem(result.error);
    setStatus("ready");
  }

  const isReady = status === "ready";
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(40rem,96vw)] rounded-lg p-0 backdrop:bg-slate-900/60"
    >
      <div className="flex flex-col gap-3 p-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {TEXT.title(signerName)}
        </h2>
        <p className="text-sm text-slate-700">{TEXT.instructions}</p>
        <canvas ref={canvasRef} aria-label={TEXT.canvas(signerName)} className="h-52 w-full touch-none rounded-md border-2 border-dashed border-slate-400 bg-white" />
        <p aria-live="polite" className="min-h-5 text-sm">
          {status === "loading" ? <span className="text-slate-700">{TEXT.loading}</span> : null}
          {status === "failed" ? <span className="text-red-800">{TEXT.loadFailed}</span> : null}
          {problem ? <span className="text-red-800">{problem}</span> : null}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={clear} disabled={!isReady} className="min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100 disabled:text-slate-400">
            {TEXT.clear}
          </button>
          <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-300 px-4 hover:bg-slate-100">
            {TEXT.cancel}
          </button>
          <button type="button" onClick={() => void save()} disabled={!isReady} className="min-h-11 rounded-md bg-blue-800 px-4 font-medium text-white hover:bg-blue-900 disabled:bg-slate-400">
            {status === "saving" ? TEXT.saving : TEXT.save}
          </button>
        </div>
      </div>
    </dialog>
  );
}
