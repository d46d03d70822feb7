"use client";

import { signOut } from "next-auth/react";
import { clearDeviceSession } from "@/lib/client/db/device-session";
import { fieldDatabase } from "@/lib/client/db/field-database";
import type { SessionUser } from "@/lib/domain/users";
import { LanguageSwitch } from "../i18n/language-switch";
import { useI18n } from "../i18n/i18n-provider";

// Signing out forgets the session, never the records: unsynced work stays on the device for its author.
async function signOutOfDevice() {
  await clearDeviceSession(fieldDatabase());
  await signOut({ callbackUrl: "/login" });
}

export function AppHeader({ user, isWide = false }: { user: SessionUser | null; isWide?: boolean }) {
  const { t } = useI18n();
  return (
    <header data-print-hide className="border-b border-slate-200 bg-white">
      <div className={`mx-auto flex flex-wrap items-center justify-between gap-2 px-4 py-3 ${isWide ? "max-w-[96rem]" : "max-w-5xl"}`}>
        <div>
          <p className="text-lg font-semibold text-blue-900">{t("app.name")}</p>
          {user ? (
            <p className="text-sm text-slate-700" data-testid="current-user">
              {user.name} · {t(`role.${user.role}`)}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          <LanguageSwitch />
          {user ? (
            <button
              type="button"
              onClick={() => void signOutOfDevice()}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            >
              {t("nav.signOut")}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
