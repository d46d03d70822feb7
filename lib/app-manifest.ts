import type { MetadataRoute } from "next";
import { routes } from "./routes";

// What the phone needs to install the app (issue #7): a Vietnamese name, icons for every launcher, a standalone
// window, and shortcuts to the two places an officer goes first. Served as /manifest.webmanifest (app/manifest.ts),
// precached by the service worker with the icons so an installed app opens offline with its own identity.

export const APP_NAME = "Tác nghiệp THADS";
export const THEME_COLOR = "#1e3a8a"; // the header's blue, also the icons' background
export const BACKGROUND_COLOR = "#f8fafc"; // the page background: the splash screen matches the first paint

/** The PNGs made by scripts/generate-icons.mjs; `size` must match the file (a unit test reads them). */
export const APP_ICONS = [
  { src: "/icons/icon-192.png", size: 192, purpose: "any" },
  { src: "/icons/icon-512.png", size: 512, purpose: "any" },
  { src: "/icons/maskable-192.png", size: 192, purpose: "maskable" },
  { src: "/icons/maskable-512.png", size: 512, purpose: "maskable" },
] as const;
export const APPLE_TOUCH_ICON = { src: "/icons/apple-touch-icon.png", size: 180 } as const;

export function appManifest(): MetadataRoute.Manifest {
  const shortcutIcon = [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }];
  return {
    // A fixed id: the installed app stays the same app if start_url ever changes.
    id: "/",
    name: APP_NAME,
    short_name: "THADS",
    description: "Ứng dụng tác nghiệp ngoại tuyến của Chấp hành viên thi hành án dân sự",
    lang: "vi",
    dir: "ltr",
    start_url: routes.home,
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ["productivity", "government"],
    icons: APP_ICONS.map(({ src, size, purpose }) => ({ src, sizes: `${size}x${size}`, type: "image/png", purpose })),
    shortcuts: [
      { name: "Hồ sơ của tôi", short_name: "Hồ sơ", description: "Các hồ sơ được phân công, lưu trên máy", url: routes.home, icons: shortcutIcon },
      { name: "Chờ gửi", short_name: "Chờ gửi", description: "Biên bản đã hoàn tất, chờ gửi về Chi cục", url: routes.outbox, icons: shortcutIcon },
    ],
  };
}
