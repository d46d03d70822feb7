"use client";

import { useI18n } from "./i18n-provider";

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const next = locale === "vi" ? "en" : "vi";
  return (
    <button
      type="button"
      onClick={() => setLocale(next)}
      lang={next}
      aria-label={`${t("lang.label")}: ${t("lang.switch")}`}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {t("lang.switch")}
    </button>
  );
}
