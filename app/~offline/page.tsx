import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Không có kết nối" };

// Served by the service worker for a page it has not stored, when there is no network.
export default function OfflinePage() {
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-4 p-6">
      <h1 className="text-xl font-semibold">Không có kết nối mạng</h1>
      <p>Trang này chưa được lưu trên máy để dùng ngoại tuyến. Hồ sơ, biên bản và bản nháp của bạn vẫn còn nguyên trên máy.</p>
      <p lang="en" className="text-slate-600">You are offline and this page is not stored on the device. Your cases, records and drafts are safe.</p>
      <Link href="/" className="text-blue-800 underline">
        Về trang hồ sơ của tôi
      </Link>
    </main>
  );
}
