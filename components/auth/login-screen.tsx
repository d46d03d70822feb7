"use client";

import { AppHeader } from "../layout/app-header";
import { useI18n } from "../i18n/i18n-provider";
import { LoginForm } from "./login-form";

export function LoginScreen() {
  const { t } = useI18n();
  return (
    <>
      <AppHeader user={null} />
      <main id="main" className="mx-auto flex w-full max-w-md flex-1 flex-col gap-6 px-4 py-10">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("login.title")}</h1>
          <p className="mt-1 text-slate-700">{t("app.tagline")}</p>
        </div>
        <LoginForm />
      </main>
    </>
  );
}
