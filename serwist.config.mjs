// Serwist configurator mode (@serwist/next/config + @serwist/cli): bundler-agnostic, so it works with
// Turbopack, and it precaches every prerendered page (the static app shell) with a content revision.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { serwist } from "@serwist/next/config";

// The web app manifest (app/manifest.ts) is prerendered to a .body file, which the HTML glob does not pick up.
// Precached with its content hash as revision, an installed app keeps its name, icons and shortcuts offline.
// (The icons are in public/, which is precached as a whole.)
function manifestEntry() {
  const body = ".next/server/app/manifest.webmanifest.body";
  if (!fs.existsSync(body)) throw new Error(`${body} is missing: is app/manifest.ts still prerendered?`);
  return { url: "/manifest.webmanifest", revision: createHash("sha256").update(fs.readFileSync(body)).digest("hex").slice(0, 16) };
}

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  // Don't list prerendered routes by hand: the same URL twice with two revisions makes the worker fail to
  // evaluate (offline-sync-and-pwa.md §3.2). The manifest is not one of them.
  additionalPrecacheEntries: [manifestEntry()],
});
