import "client-only";

// Which way to offer installing the app, from what the browser tells about itself. Pure, for the tests.
// Installing matters most on iPhones: Safari deletes all the data of a site that is not on the Home Screen after
// seven days without use (WebKit's tracking prevention), the outbox of unsent legal records included.

export type InstallOffer =
  | "none" // installed already, or this browser offers no way to install
  | "prompt" // Chromium fired beforeinstallprompt: our « Cài ứng dụng » button opens its dialog
  | "ios-safari" // iPhone/iPad in Safari: Share → Add to Home Screen, which only a person can do
  | "ios-other-browser"; // an in-app or other browser on iOS (Zalo, Facebook, Chrome…): open the page in Safari first

export interface InstallEnvironment {
  userAgent: string;
  maxTouchPoints: number;
  isStandalone: boolean; // display-mode: standalone, or iOS's navigator.standalone
  hasInstallPrompt: boolean;
}

// iPadOS 13+ asks for desktop sites and calls itself a Mac; a Mac has no touch screen.
export function isIos({ userAgent, maxTouchPoints }: Pick<InstallEnvironment, "userAgent" | "maxTouchPoints">): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

// Every other iOS browser is WebKit too but names itself; in-app browsers (Zalo, Facebook…) add their own tag.
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|YaBrowser|DuckDuckGo|GSA\/|FBAN|FBAV|Instagram|Line\/|Zalo/i;

export function installOfferFor(environment: InstallEnvironment): InstallOffer {
  if (environment.isStandalone) return "none";
  if (isIos(environment)) return NOT_SAFARI.test(environment.userAgent) || !/Safari\//.test(environment.userAgent) ? "ios-other-browser" : "ios-safari";
  return environment.hasInstallPrompt ? "prompt" : "none";
}

/** A dismissed offer stays hidden this long, then comes back: the risk of losing data does not go away. */
export const DISMISSAL_DAYS = 30;

export function isOfferDismissed(dismissedAt: string | null, now: Date): boolean {
  if (!dismissedAt) return false;
  const at = Date.parse(dismissedAt);
  return Number.isFinite(at) && now.getTime() - at < DISMISSAL_DAYS * 24 * 3_600_000;
}
