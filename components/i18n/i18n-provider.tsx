"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { translate, type Locale, type MessageKey } from "@/lib/i18n/messages";

const STORAGE_KEY = "thads.locale";

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18nValue | null>(null);

// Pages are static shells (they must open offline), so the language is chosen on the device and kept in
// localStorage: Vietnamese is rendered first and English is applied after hydration when the user picked it.
const localeListeners = new Set<() => void>();

function subscribeToLocale(listener: () => void) {
  localeListeners.add(listener);
  window.addEventListener("storage", listener); // another tab switched language
  return () => {
    localeListeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readSavedLocale(): Locale {
  return window.localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeToLocale, readSavedLocale, () => "vi" as const);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    for (const listener of localeListeners) listener();
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: (key, values) => translate(locale, key, values) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
