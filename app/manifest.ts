import type { MetadataRoute } from "next";
import { appManifest } from "@/lib/app-manifest";

// Prerendered at build time (no request data), so it is a static file the service worker can precache.
export default function manifest(): MetadataRoute.Manifest {
  return appManifest();
}
