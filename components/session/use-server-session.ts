"use client";

import { useEffect, useState } from "react";

/** Who the server says is signed in. */
export type ServerSession = { status: "loading" } | { status: "authenticated"; user: unknown } | { status: "unauthenticated" };

/**
 * Asks next-auth's own endpoint (GET /api/auth/session) when mounted, and again when `askAgainWhen` changes:
 * SessionGate passes « nobody is signed in on this device », so a sign-out in another tab (which clears the
 * device session, seen here through Dexie) is checked with the server, as next-auth's broadcast did. It replaces
 * next-auth's `useSession` and `SessionProvider`, ≈ 12 KiB gzip of every screen's first load (issue #7), for the
 * one answer SessionGate needs; the provider was already told not to refetch on focus or offline. A failed
 * request counts as nobody signed in, as next-auth's did — the device session (which works offline) decides.
 */
export function useServerSession(askAgainWhen: unknown): ServerSession {
  const [session, setSession] = useState<ServerSession>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    void readServerSession(controller.signal).then((answer) => {
      if (!controller.signal.aborted) setSession(answer);
    });
    return () => controller.abort();
  }, [askAgainWhen]);
  return session;
}

async function readServerSession(signal: AbortSignal): Promise<ServerSession> {
  try {
    const response = await fetch("/api/auth/session", { credentials: "same-origin", headers: { accept: "application/json" }, cache: "no-store", signal });
    if (!response.ok) return { status: "unauthenticated" };
    const body: unknown = await response.json();
    const user = typeof body === "object" && body !== null && "user" in body ? body.user : undefined;
    return user ? { status: "authenticated", user } : { status: "unauthenticated" };
  } catch {
    return { status: "unauthenticated" };
  }
}
