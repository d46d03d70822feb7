"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import type { DeviceSession } from "@/lib/client/db/field-database";
import { AppHeader } from "../layout/app-header";
import { useI18n } from "../i18n/i18n-provider";
import { useDeviceSession } from "./use-device-session";
import { useServerSession } from "./use-server-session";

// The sync engine (and with it the record schemas) loads after the first render, for officers only: a head's
// screens never carry it (issue #7: first-load JS).
const SyncRunner = dynamic(() => import("../sync/sync-runner").then((module) => module.SyncRunner), { ssr: false });

/**
 * Renders its children for the user of the device session, which works offline. When the server confirms a
 * session online, the snapshot is refreshed (or replaced, if another user signed in on this device). Only
 * when the device knows nobody AND the server says nobody is signed in does it go to the login page.
 */
export function SessionGate({ children, isWide = false }: { children(session: DeviceSession): ReactNode; isWide?: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const deviceSession = useDeviceSession();
  const server = useServerSession(deviceSession === null);

  useEffect(() => {
    if (server.status !== "authenticated") return;
    void import("./device-session-store").then(({ rememberServerUser }) => rememberServerUser(server.user));
  }, [server]);

  useEffect(() => {
    if (deviceSession === null && server.status === "unauthenticated") router.replace("/login");
  }, [deviceSession, server.status, router]);

  return (
    <>
      <AppHeader user={deviceSession?.user ?? null} isUserPending={deviceSession === undefined} isWide={isWide} />
      {/* Wide pages (the results table's twelve figure columns) use a desktop's width; the rest read better narrow. */}
      <main id="main" className={`mx-auto w-full flex-1 px-4 py-4 ${isWide ? "max-w-[96rem]" : "max-w-5xl"}`}>
        {deviceSession ? (
          <>
            {deviceSession.user.role === "officer" ? <SyncRunner userId={deviceSession.user.id} /> : null}
            {children(deviceSession)}
          </>
        ) : (
          <p role="status" className="text-slate-700">
            {t("home.loading")}
          </p>
        )}
      </main>
    </>
  );
}
