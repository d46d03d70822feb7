"use client";

import { useState, useSyncExternalStore } from "react";
import { installOfferFor, isOfferDismissed } from "@/lib/client/pwa/install-offer";
import { hasInstallPrompt, isStandaloneDisplay, promptInstall, subscribeToInstallPrompt } from "@/lib/client/pwa/install-prompt";

const DISMISSED_KEY = "thads.installOffer.dismissedAt";

function readDismissedAt(): string | null {
  try {
    return window.localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null; // storage blocked: offer again, it is only a banner
  }
}

// Sticky at the bottom of the screen, after the page's content: it never moves what is already on screen, and at
// the end of the page it rests in its own place instead of covering the last case.
const BOX = "sticky bottom-2 z-30 rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-950 shadow-lg";
const LATER = "min-h-11 rounded-md border border-blue-300 bg-white px-3 hover:bg-blue-100";

/**
 * « Cài ứng dụng »: Chromium's install dialog behind our own button, or, on iPhone/iPad, how to add the app to the
 * Home Screen and why (`showsIosGuide`: for those who keep unsent records on the device). Dismissed, it stays
 * hidden for a while (install-offer.ts). Rendered on the client only (loaded lazily by the home screen).
 */
export function InstallOffer({ showsIosGuide }: { showsIosGuide: boolean }) {
  const hasPrompt = useSyncExternalStore(subscribeToInstallPrompt, hasInstallPrompt, () => false);
  const [isDismissed, setIsDismissed] = useState(() => isOfferDismissed(readDismissedAt(), new Date()));
  const offer = installOfferFor({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints, isStandalone: isStandaloneDisplay(), hasInstallPrompt: hasPrompt });

  function dismiss() {
    try {
      window.localStorage.setItem(DISMISSED_KEY, new Date().toISOString());
    } catch {
      // not remembered; hidden for this visit all the same
    }
    setIsDismissed(true);
  }

  if (isDismissed || offer === "none" || (offer !== "prompt" && !showsIosGuide)) return null;
  if (offer === "prompt") {
    return (
      <aside aria-label="Cài ứng dụng" data-testid="install-offer" className={`${BOX} flex flex-wrap items-center justify-between gap-2`}>
        <p>Cài ứng dụng lên máy để mở nhanh từ màn hình chính, dùng khi không có mạng và để trình duyệt giữ dữ liệu an toàn hơn.</p>
        <div className="flex gap-2">
          <button type="button" onClick={dismiss} className={LATER}>
            Để sau
          </button>
          <button type="button" onClick={() => void promptInstall()} className="min-h-11 rounded-md bg-blue-800 px-3 font-medium text-white hover:bg-blue-900">
            Cài ứng dụng
          </button>
        </div>
      </aside>
    );
  }
  return (
    <aside aria-label="Thêm ứng dụng vào Màn hình chính" data-testid="ios-install-guide" className={BOX}>
      <p className="font-semibold">Hãy thêm ứng dụng vào Màn hình chính</p>
      <p className="mt-1">
        Safari tự xóa toàn bộ dữ liệu của trang web chưa được thêm vào Màn hình chính sau 7 ngày không dùng — kể cả hồ sơ và biên bản chưa gửi.
        Ứng dụng trên Màn hình chính không bị xóa như vậy.
      </p>
      {/* The steps fold away so that the sticky guide covers little of a phone's screen. */}
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 font-medium underline">Cách thêm (4 bước)</summary>
        <ol className="list-decimal pl-5">
          {offer === "ios-other-browser" ? <li>Mở trang này bằng Safari (trình duyệt đang dùng không thêm được vào Màn hình chính).</li> : null}
          <li>Chạm nút Chia sẻ (hình vuông có mũi tên hướng lên).</li>
          <li>Chọn « Thêm vào MH chính » rồi chạm « Thêm ».</li>
          <li>Mở ứng dụng THADS từ Màn hình chính và đăng nhập lại khi có mạng.</li>
        </ol>
        <p className="mt-1">
          Ứng dụng trên Màn hình chính có bộ nhớ riêng, tách khỏi Safari: gửi hết biên bản đang chờ (hoặc xuất tệp chuyển giao) trước khi chuyển sang.
        </p>
      </details>
      <button type="button" onClick={dismiss} className={`${LATER} mt-2`}>
        Đã hiểu, ẩn hướng dẫn
      </button>
    </aside>
  );
}
