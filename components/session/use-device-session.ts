"use client";

import { useEffect, useState } from "react";
import type { DeviceSession } from "@/lib/client/db/field-database";

/** The signed-in user as the device knows it: undefined while reading, null when nobody is signed in. */
export function useDeviceSession(): DeviceSession | null | undefined {
  const [session, setSession] = useState<DeviceSession | null | undefined>(undefined);
  useEffect(() => {
    let subscription: { unsubscribe(): void } | null = null;
    let isCancelled = false;
    import("./device-session-store")
      .then(({ watchDeviceSession }) => {
        if (!isCancelled) subscription = watchDeviceSession(setSession);
      })
      .catch(() => setSession(null));
    return () => {
      isCancelled = true;
      subscription?.unsubscribe();
    };
  }, []);
  return session;
}
