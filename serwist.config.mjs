// Serwist configurator mode (@serwist/next/config + @serwist/cli): bundler-agnostic, so it works with
// Turbopack, and it precaches every prerendered page (the static app shell) with a content revision.
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  // Don't list prerendered routes by hand: the same URL twice with two revisions makes the worker fail to
  // evaluate (offline-sync-and-pwa.md §3.2).
});
