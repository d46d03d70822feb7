import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tác nghiệp THADS", template: "%s · Tác nghiệp THADS" },
  description: "Ứng dụng tác nghiệp ngoại tuyến của Chấp hành viên thi hành án dân sự",
  applicationName: "Tác nghiệp THADS",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1e3a8a",
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
