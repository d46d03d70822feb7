"use client";

import { SerwistProvider } from "@serwist/next/react";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
// For its side effect: starts listening for Chromium's one-time install event before anything else renders.
import "@/lib/client/pwa/install-prompt";
import { I18nProvider } from "./i18n/i18n-provider";

// Not needed for the first paint: loaded after hydration, in its own chunk (precached like the rest).
const UpdateBanner = dynamic(() => import("./pwa/update-banner").then((module) => module.UpdateBanner), { ssr: false });

// Next inlines NODE_ENV at build time; there is no service worker in `next dev` (no precache manifest).
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not runtime configuration
const isDevelopment = process.env.NODE_ENV === "development";

// No next-auth SessionProvider: SessionGate asks the server itself (components/session/use-server-session.ts),
// and screens read the device session, which works offline (next-auth's empties itself when a refetch fails
// offline: https://github.com/nextauthjs/next-auth/issues/987).
// reloadOnOnline={false}: Serwist's default reloads the page when the network returns, wiping an open form.
export function Providers({ children }: { children: ReactNode }) {
  return (
    <SerwistProvider swUrl="/sw.js" disable={isDevelopment} reloadOnOnline={false} cacheOnNavigation={false}>
      <I18nProvider>
        {isDevelopment ? null : <UpdateBanner />}
        {children}
      </I18nProvider>
    </SerwistProvider>
  );
}
