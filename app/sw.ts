/// <reference lib="webworker" />
import { defaultCache } from "@serwist/next/worker";
import { NetworkOnly, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from "serwist";
import { fieldDatabase } from "@/lib/client/db/field-database";
import { runBackgroundSync } from "@/lib/client/sync/background-sync";
import { BACKGROUND_SYNC_TAG } from "@/lib/client/sync/sync-request";
import { SHELL_PAGES } from "@/lib/routes";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const shellPages: ReadonlySet<string> = new Set(SHELL_PAGES);

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new version waits until the page says the officer is not in the middle of a form (architecture §7).
  skipWaiting: false,
  clientsClaim: true,
  // Pages come from the precache; a preload request would be wasted bandwidth on a rural connection.
  navigationPreload: false,
  runtimeCaching: [
    // Data is never served from a cache: a cached pull or session on a shared phone would leak one user's
    // data to the next, and a stale answer hides the real state (Serwist's default caches GET /api/* 24 h).
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    // /case?id=…, /record?id=…: the precached shell of the path, whatever the query.
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && shellPages.has(url.pathname),
      handler: async ({ request, url }): Promise<Response> => (await serwist.matchPrecache(url.pathname)) ?? fetch(request),
    },
    ...defaultCache,
  ],
  fallbacks: {
    entries: [{ url: "/~offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();

// Background Sync (Chromium): send the outbox when the connection returns, even with the app closed.
self.addEventListener("sync", (event) => {
  const syncEvent = event as ExtendableEvent & { tag?: string };
  if (syncEvent.tag === BACKGROUND_SYNC_TAG) syncEvent.waitUntil(runBackgroundSync(fieldDatabase()));
});
