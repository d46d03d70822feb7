"use client";

import dynamic from "next/dynamic";
import type { SessionUser } from "@/lib/domain/users";
import { LanguageSwitch } from "../i18n/language-switch";
import { useI18n } from "../i18n/i18n-provider";

// The sign-out guard counts unsent records in the local database: loaded only once someone is signed in, so the
// sign-in page (which shows this header too) carries no Dexie (first-load budget, issue #7).
const SignOutButton = dynamic(() => import("../session/sign-out-button").then((module) => module.SignOutButton), { ssr: false });

/**
 * `isUserPending`: the device session is still being read. The user's line is reserved meanwhile, so the page
 * does not jump down when it appears (layout shift, issue #7).
 */
export function AppHeader({ user, isUserPending = false, isWide = false }: { user: SessionUser | null; isUserPending?: boolean; isWide?: boolean }) {
  const { t } = useI18n();
  // The controls share the app name's row and the user's line runs below at full width, so the header keeps
  // its height whatever the name's length or whether the sign-out button is there yet (no layout shift on a
  // phone when the session is read, issue #7).
  return (
    <header data-print-hide className="border-b border-slate-200 bg-white">
      <div className={`mx-auto px-4 py-3 ${isWide ? "max-w-[96rem]" : "max-w-5xl"}`}>
        <div className="flex items-center justify-between gap-2">
          <p className="text-lg font-semibold text-blue-900">{t("app.name")}</p>
          <div className="flex items-center gap-2">
            <LanguageSwitch />
            {user ? <SignOutButton user={user} /> : null}
          </div>
        </div>
        {user ? (
          <p className="text-sm text-slate-700" data-testid="current-user">
            {user.name} · {t(`role.${user.role}`)}
          </p>
        ) : isUserPending ? (
          <p aria-hidden className="h-5" />
        ) : null}
      </div>
    </header>
  );
}
