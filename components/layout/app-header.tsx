"use client";

import type { SessionUser } from "@/lib/domain/users";
import { LanguageSwitch } from "../i18n/language-switch";
import { useI18n } from "../i18n/i18n-provider";
import { SignOutButton } from "../session/sign-out-button";

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
          {user ? <SignOutButton user={user} /> : null}
        </div>
      </div>
    </header>
  );
}
