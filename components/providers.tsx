"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { I18nProvider } from "./i18n/i18n-provider";

// refetchWhenOffline={false}: next-auth empties the session when a refetch fails offline
// (https://github.com/nextauthjs/next-auth/issues/987); officers must keep working without network.
export function Providers({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchWhenOffline={false} refetchOnWindowFocus={false}>
      <I18nProvider>{children}</I18nProvider>
    </SessionProvider>
  );
}
