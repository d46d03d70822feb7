import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { APP_ICONS, APP_NAME, APPLE_TOUCH_ICON, THEME_COLOR } from "@/lib/app-manifest";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: APP_NAME, template: `%s · ${APP_NAME}` },
  description: "Ứng dụng tác nghiệp ngoại tuyến của Chấp hành viên thi hành án dân sự",
  applicationName: APP_NAME,
  // The <link rel="manifest"> comes from app/manifest.ts. iOS ignores the manifest's icons and name for the
  // Home Screen: it reads these.
  icons: {
    icon: APP_ICONS.filter((icon) => icon.purpose === "any").map(({ src, size }) => ({ url: src, sizes: `${size}x${size}`, type: "image/png" })),
    apple: { url: APPLE_TOUCH_ICON.src, sizes: `${APPLE_TOUCH_ICON.size}x${APPLE_TOUCH_ICON.size}` },
  },
  appleWebApp: { capable: true, title: "THADS", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: THEME_COLOR,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-dvh flex-col antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          Bỏ qua, đến nội dung chính
        </a>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
