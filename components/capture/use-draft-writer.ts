"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { type DraftChanges, saveDraft } from "@/lib/client/db/local-records";

export type SaveState = { kind: "saved"; at: string | null } | { kind: "saving" } | { kind: "failed"; message: string } | { kind: "frozen" };

/**
 * Saves a draft on every change — nothing is lost on reload, crash or a dead battery. Writes are serialized
 * and coalesced: while one write is in flight, only the latest pending change is kept and written next, so a
 * burst of keystrokes costs two transactions, not fifty, and the last state always lands.
 */
export function useDraftWriter(recordId: string) {
  const [state, setState] = useState<SaveState>({ kind: "saved", at: null });
  const pending = useRef<DraftChanges | null>(null);
  const isWriting = useRef(false);

  const drain = useCallback(async () => {
    if (isWriting.current) return;
    isWriting.current = true;
    try {
      while (pending.current) {
        const changes = pending.current;
        pending.current = null;
        setState({ kind: "saving" });
        try {
          const isSaved = await saveDraft(fieldDatabase(), recordId, changes);
          setState(isSaved ? { kind: "saved", at: new Date().toISOString() } : { kind: "frozen" });
        } catch (error) {
          // Most likely a full disk (QuotaExceededError): keep the change queued and tell the officer.
          pending.current = { ...changes, ...(pending.current ?? {}) };
          const message = error instanceof Error && error.name === "QuotaExceededError" ? "Bộ nhớ máy đã đầy: giải phóng bộ nhớ để tiếp tục lưu." : "Không lưu được bản nháp trên máy.";
          setState({ kind: "failed", message });
          return;
        }
      }
    } finally {
      isWriting.current = false;
    }
  }, [recordId]);

  const write = useCallback(
    (changes: DraftChanges) => {
      pending.current = { ...pending.current, ...changes };
      void drain();
    },
    [drain],
  );

  const retry = useCallback(() => void drain(), [drain]);

  /** Resolves once every change so far is on disk (before finalizing, before an update reloads the page); rejects when it could not be saved. */
  const flush = useCallback(async () => {
    await drain();
    while (isWriting.current) await new Promise((resolve) => setTimeout(resolve, 10));
    // The last write failed and its change is still queued (the state shows why): waiting would never end.
    if (pending.current) throw new Error("Bản nháp chưa lưu được trên máy");
  }, [drain]);

  // A last attempt when the page is being hidden (the app switched away, the screen locked).
  useEffect(() => {
    const onHide = () => void drain();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [drain]);

  return { state, write, retry, flush };
}
